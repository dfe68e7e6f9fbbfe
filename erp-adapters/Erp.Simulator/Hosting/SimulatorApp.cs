using Erp.Simulator.Admin;
using Erp.Simulator.BusinessCentral;
using Erp.Simulator.Sap;

namespace Erp.Simulator.Hosting;

/// <summary>Builds the simulator host: one place, so the standalone run and the in-process server are the same app.</summary>
public static class SimulatorApp
{
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(SimulatorApp).Assembly.GetName().Name,
            // appsettings.json sits next to the assembly, wherever the process was started from.
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.AddErpSimulator();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.MapHealthChecks("/health");
        app.MapSapSalesOrderApi();
        app.MapBusinessCentralSalesOrdersApi();
        app.MapSimulatorAdminApi();
        return app;
    }
}
