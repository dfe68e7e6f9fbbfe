using Erp.Simulator.Admin;
using Erp.Simulator.BusinessCentral;
using Erp.Simulator.Faults;
using Erp.Simulator.Options;
using Erp.Simulator.Progress;
using Erp.Simulator.Sap;
using Erp.Simulator.Storage;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Erp.Simulator;

/// <summary>
/// The ERP simulator as a server of its own on loopback, speaking SAP's and Business Central's
/// sales order APIs. Started by Program.cs (standalone), by the Configurator app (in-process) and by tests.
/// </summary>
public sealed class ErpSimulatorServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ErpSimulatorServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    /// <summary>The address it listens on, with the port resolved, ending in "/".</summary>
    public Uri BaseAddress { get; }

    public IOrderStore Orders => _app.Services.GetRequiredService<IOrderStore>();

    /// <summary>The faults in force; replace them to change the simulator's behaviour mid-run.</summary>
    public FaultOptions Faults
    {
        get => _app.Services.GetRequiredService<FaultInjector>().Current;
        set => _app.Services.GetRequiredService<FaultInjector>().Current = value;
    }

    public static async Task<ErpSimulatorServer> StartAsync(SimulatorOptions options, string url = "http://127.0.0.1:0", CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(url);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = Build(builder, options);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new ErpSimulatorServer(app, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <summary>Registers the simulator's services and maps its endpoints on a builder; the one path every host takes.</summary>
    public static WebApplication Build(WebApplicationBuilder builder, SimulatorOptions options)
    {
        var errors = new SimulatorOptionsValidator().Validate(null, options);
        if (errors.Failed) throw new OptionsValidationException(SimulatorOptions.Section, typeof(SimulatorOptions), errors.Failures);

        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<IOrderStore>(_ => options.Storage == StorageKind.Sqlite ? new SqliteOrderStore(options.SqlitePath) : new MemoryOrderStore());
        builder.Services.AddSingleton(new FaultInjector(options.Faults));
        builder.Services.AddSingleton<SimulatorStats>();
        builder.Services.AddSingleton<OrderEvents>();
        builder.Services.AddSingleton<CsrfTokens>();
        builder.Services.AddHttpClient(nameof(WebhookSender), c => c.Timeout = TimeSpan.FromSeconds(10));
        builder.Services.AddHostedService<OrderProgress>();
        builder.Services.AddHostedService<WebhookSender>();

        var app = builder.Build();
        app.MapSapSalesOrderApi();
        app.MapBusinessCentralApi();
        app.MapSimulatorAdminApi();
        return app;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
