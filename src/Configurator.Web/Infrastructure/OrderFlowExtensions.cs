using Configurator.Catalog.Loading;
using Configurator.Data;
using Configurator.Orders;
using Configurator.Orders.Routing;
using Erp.BusinessCentral;
using Erp.SapS4;
using Quartz;

namespace Configurator.Web.Infrastructure;

public static class OrderFlowExtensions
{
    public const string ErpSection = "Erp";

    /// <summary>
    /// Orders, their workflow in Quartz's job store on the application database (clustered on the
    /// server databases), the routing rules, and the ERP adapters that have a base address configured.
    /// The same scheduler runs the CRM's quarterly RAD job.
    /// </summary>
    public static IHostApplicationBuilder AddOrderFlow(this IHostApplicationBuilder builder)
    {
        var (provider, connection) = builder.DatabaseConnection();
        builder.AddConfiguratorOrders(store =>
        {
            switch (provider)
            {
                case DatabaseProvider.Sqlite:
                    store.UseSqlite(o =>
                    {
                        o.ConnectionString = connection;
                        o.DataSourceFactory = _ => SqliteTuning.DataSource(connection);
                    });
                    // One scheduler owns a SQLite file: in-process locks instead of lock rows spare a write per acquisition.
                    store.ConfigureStore(o => o.UseDbLocks = false);
                    break;
                case DatabaseProvider.PostgreSql:
                    store.UsePostgres(connection);
                    store.UseClustering(_ => { });
                    break;
                case DatabaseProvider.SqlServer:
                    store.UseSqlServer(connection);
                    store.UseClustering(_ => { });
                    break;
            }
        }, clustered: provider != DatabaseProvider.Sqlite, moreJobs: RadQuarterlyJob.Register);
        builder.Services.AddScoped<CustomerActivityRecorder>();
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<CrossSellCache>();
        builder.Services.AddSingleton(sp =>
            new RoutingRulesStore(sp.GetRequiredService<ProductModelStore>().RulesRoot, sp.GetRequiredService<TimeProvider>()));

        var erp = builder.Configuration.GetSection(ErpSection);
        if (erp.GetSection("SapS4")["BaseAddress"] is { Length: > 0 }) builder.Services.AddSapS4Adapter(erp.GetSection("SapS4"));
        if (erp.GetSection("BusinessCentral")["BaseAddress"] is { Length: > 0 }) builder.Services.AddBusinessCentralAdapter(erp.GetSection("BusinessCentral"));
        return builder;
    }

    /// <summary>The first load of the routing rules: without them no order can be routed, so broken ones stop the start.</summary>
    public static async Task LoadRoutingRulesAsync(this IServiceProvider services)
    {
        var store = services.GetRequiredService<RoutingRulesStore>();
        var result = await store.ReloadAsync();
        if (result.Succeeded) return;
        throw new InvalidOperationException(
            $"The routing rules in {store.RulesRoot} do not load:{Environment.NewLine}{string.Join(Environment.NewLine, result.Errors)}");
    }
}
