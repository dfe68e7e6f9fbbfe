using Configurator.Catalog.Model;
using Configurator.Orders.Model;
using Configurator.Orders.Routing;
using Erp.Abstractions;

namespace Configurator.Tests.Orders;

/// <summary>Orders for workflow tests: a small laptop order, routed with or without approval.</summary>
internal static class OrderBuilder
{
    public static readonly DateTimeOffset PlacedAt = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    public static Order Placed(bool needsApproval = false)
    {
        var snapshot = new OrderSnapshot("business-laptop", "Business laptop", new ModelVersion(new string('a', 64)), Guid.NewGuid(),
            ["cpu-u7"], [], [new OrderedOption("cpu-u7", "cpu", "Core Ultra 7", new Money(300m, "USD"))],
            new SelectionContext("NA", new DateOnly(2026, 11, 23), 2, "enterprise"), new Money(1500m, "USD"), new Money(3000m, "USD"), 10, []);
        var routing = new OrderRouting(new ErpTarget("sap-s4", "1010", "EU-CORK"), needsApproval,
            needsApproval ? ["Order value above the limit."] : [], OrderPriority.Normal, ["eu-to-sap"], "v1");
        return Order.Place(Guid.NewGuid(), OrderNumber.New(PlacedAt), null,
            new OrderDetails("C-100", new ShipTo("Acme", "Main St 1", "Cork", "T12", "IE"), new DateOnly(2026, 12, 10)),
            snapshot, routing, "user:test", PlacedAt);
    }

    public static Order Accepted()
    {
        var order = Placed();
        order.RecordErpAccepted("4711", alreadyExisted: false, "job:submit-to-erp", 1, PlacedAt.AddSeconds(1));
        return order;
    }
}
