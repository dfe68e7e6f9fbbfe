using Erp.Simulator.Storage;

namespace Erp.Simulator.Admin;

/// <summary>One stored order as GET /simulator/orders lists it.</summary>
public sealed record OrderSummary(string System, string Company, string ExternalReference, string ErpOrderNumber, string Status,
    int LineCount, DateTimeOffset CreatedAt)
{
    public static OrderSummary From(StoredOrder order) => new(order.System.WireName(), order.Company, order.ExternalReference,
        order.ErpOrderNumber, order.Status.ToString(), order.LineCount, order.CreatedAt);
}
