using Erp.Simulator.Storage;

namespace Erp.Simulator.Progress;

/// <summary>An order reached a status; what the webhook reports.</summary>
public sealed record StatusChange(ErpSystem System, string Company, string ExternalReference, string ErpOrderNumber,
    OrderStatus Status, DateTimeOffset OccurredAt)
{
    public static StatusChange Of(StoredOrder order, OrderStatus status, DateTimeOffset occurredAt) =>
        new(order.System, order.Company, order.ExternalReference, order.ErpOrderNumber, status, occurredAt);
}
