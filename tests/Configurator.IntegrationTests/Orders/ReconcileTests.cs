using Configurator.Catalog.Configurations;
using Configurator.Catalog.Engine;
using Configurator.Catalog.Loading;
using Configurator.IntegrationTests.Support;
using Configurator.Orders.Model;
using Configurator.Orders.Placement;
using Configurator.Orders.Routing;
using Configurator.Orders.Workflow;
using Microsoft.Extensions.DependencyInjection;

namespace Configurator.IntegrationTests.Orders;

/// <summary>The crash window between saving an order and scheduling its job: the reconcile job closes it.</summary>
public class ReconcileTests
{
    [Fact]
    public async Task OrderSavedWithoutItsJobIsPickedUpByTheReconcileJobAndShips()
    {
        await using var loop = await ErpLoop.StartAsync(Database.Sqlite, null, "Orders:ReconcileInterval=00:00:01");
        var configuration = await loop.SaveConfigurationAsync("business-laptop", "EU");

        // Placed as usual, except that the step is never handed to Quartz: as if the app died right after saving.
        await using var scope = loop.App.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var placement = new OrderPlacement(services.GetRequiredService<ProductModelStore>(), services.GetRequiredService<RoutingRulesStore>(),
            services.GetRequiredService<ConfigurationEngine>(), services.GetRequiredService<IConfigurationRepository>(),
            services.GetRequiredService<ICustomerCreditCheck>(), services.GetRequiredService<IOrderRepository>(), new NeverScheduled(),
            services.GetRequiredService<TimeProvider>());
        var placed = await placement.PlaceAsync(new PlaceOrderRequest(Guid.Parse(configuration), 1, "C-1000",
            new ShipTo("Contoso GmbH", "Hauptstrasse 1", "Berlin", "10115", "DE"), DateOnly.FromDateTime(DateTime.UtcNow.AddDays(20))),
            null, "test", CancellationToken.None);
        placed.Order!.State.ShouldBe(OrderState.SubmittingToErp);

        var shipped = await loop.WaitForStateAsync(placed.Order.Id.ToString(), "shipped");

        shipped.GetProperty("erpOrderNumber").GetString().ShouldNotBeNullOrEmpty();
        (await OrderFlowTests.SimulatorOrdersAsync(loop, placed.Order.Number.Value)).ShouldBe(1);
    }

    private sealed class NeverScheduled : IOrderStepScheduler
    {
        public Task ScheduleAsync(Order order, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
