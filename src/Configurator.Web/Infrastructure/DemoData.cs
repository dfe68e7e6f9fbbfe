using Configurator.Catalog.Configurations;
using Configurator.Catalog.Engine;
using Configurator.Catalog.Loading;
using Configurator.Catalog.Model;
using Configurator.Orders.Model;
using Configurator.Crm.Customers;
using Configurator.Orders.Placement;
using Configurator.Web.DataGeneration;

namespace Configurator.Web.Infrastructure;

/// <summary>
/// Demo data for the README's run command. Demo:PlaceSampleOrders: on a database without orders, saves two
/// configurations and orders them, one routed to SAP S/4HANA and one to Business Central, so the whole flow to
/// Shipped can be watched with nothing else to do. Demo:GenerateData: then, on a database without customers, runs
/// the data generator with its defaults, so the sales desk, quotes, RAD and the metrics have history to show.
/// </summary>
internal sealed partial class DemoData(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, IConfiguration configuration,
    IServiceProvider services, ILogger<DemoData> logger) : BackgroundService
{
    private static readonly (string Family, string Region, string Country, string City)[] Samples =
    [
        ("business-laptop", "EU", "DE", "Berlin"),
        ("desktop-workstation", "NA", "US", "Austin"),
    ];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var placeSamples = configuration.GetValue("Demo:PlaceSampleOrders", false);
        var generate = configuration.GetValue("Demo:GenerateData", false);
        if (!placeSamples && !generate) return;
        var started = new TaskCompletionSource();
        using var registration = lifetime.ApplicationStarted.Register(started.SetResult);
        await started.Task.WaitAsync(stoppingToken);

        if (placeSamples) await PlaceSampleOrdersAsync(stoppingToken);
        if (generate) await GenerateAsync(stoppingToken);
    }

    private async Task GenerateAsync(CancellationToken stoppingToken)
    {
        await using (var scope = scopes.CreateAsyncScope())
            if (await scope.ServiceProvider.GetRequiredService<ICustomerRepository>().CountAsync(stoppingToken) > 0) return;
        LogGenerating();
        var result = await ActivatorUtilities.CreateInstance<DataGenerator>(services).RunAsync(new GeneratorOptions(), TextWriter.Null, stoppingToken);
        result.Summary?.Write(Console.Out);
    }

    private async Task PlaceSampleOrdersAsync(CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var counts = await services.GetRequiredService<IOrderRepository>().CountByStateAsync(stoppingToken);
        if (counts.Values.Sum() > 0) return;

        var time = services.GetRequiredService<TimeProvider>();
        var model = services.GetRequiredService<ProductModelStore>().Current;
        var baseUrl = configuration["Urls"]?.Split(';')[0].TrimEnd('/') ?? "";
        foreach (var (familyId, region, country, city) in Samples)
        {
            if (!model.TryGetFamily(familyId, out var family)) continue;
            var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
            var request = new ConfigurationRequest([], new SelectionContext(region, today, 1, "smallBusiness"));
            var completion = services.GetRequiredService<CompletionFinder>().Complete(family, request, CompletionObjective.Cheapest);
            if (completion.Options is not { } picks) continue;
            var complete = request with { Picks = picks };
            var result = services.GetRequiredService<ConfigurationEngine>().Configure(model, family, complete);
            var saved = SavedConfiguration.From(Guid.NewGuid(), model.Version, $"Sample {family.Family.Name}", complete, result, time.GetUtcNow());
            await services.GetRequiredService<IConfigurationRepository>().AddAsync(saved, stoppingToken);

            var placed = await services.GetRequiredService<OrderPlacement>().PlaceAsync(
                new PlaceOrderRequest(saved.Id, 1, "C-DEMO", new ShipTo("Sample Customer", "1 Sample Street", city, "10115", country), today.AddDays(30)),
                $"sample-{familyId}", "demo:sample-orders", stoppingToken);
            if (placed.Order is { } order)
                LogPlaced(order.Number.Value, order.Routing.Target.Adapter, $"{baseUrl}/api/orders/{order.Number}/timeline");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Generating demo customers, quotes and order history (generate-data with its defaults) on this empty database")]
    private partial void LogGenerating();

    [LoggerMessage(Level = LogLevel.Information, Message = "Sample order {OrderNumber} placed for {Adapter}; follow it to Shipped at {TimelineUrl}")]
    private partial void LogPlaced(string orderNumber, string adapter, string timelineUrl);
}
