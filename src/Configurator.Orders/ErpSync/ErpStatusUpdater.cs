using Configurator.Orders.Model;
using Erp.Abstractions;

namespace Configurator.Orders.ErpSync;

public enum StatusUpdateOutcome { Applied, AlreadyKnown, UnknownOrder }

/// <summary>Applies ERP statuses, pulled by the poll job or pushed by the webhook, to orders and their timelines.</summary>
public sealed class ErpStatusUpdater(IOrderRepository orders, ErpAdapters adapters, TimeProvider time)
{
    public const string WebhookActor = "erp:webhook";
    public const string PollActor = "job:erp-status-poll";

    public async Task<StatusUpdateOutcome> ApplyAsync(ErpStatusNotice notice, CancellationToken cancellationToken)
    {
        if (!OrderNumber.IsWellFormed(notice.ExternalReference)) return StatusUpdateOutcome.UnknownOrder;
        var order = await orders.FindByNumberAsync(new OrderNumber(notice.ExternalReference), cancellationToken);
        if (order is null) return StatusUpdateOutcome.UnknownOrder;
        return await ApplyAsync(order.Id, new ErpOrderState(notice.ErpOrderNumber, notice.Status, null), WebhookActor, cancellationToken);
    }

    /// <summary>Reads the order's status from its ERP and applies it.</summary>
    public async Task<StatusUpdateOutcome> PollAsync(Guid orderId, ErpTarget target, string externalReference, CancellationToken cancellationToken)
    {
        var status = await adapters.For(target).GetStatusAsync(target, externalReference, cancellationToken);
        return status is null ? StatusUpdateOutcome.AlreadyKnown : await ApplyAsync(orderId, status, PollActor, cancellationToken);
    }

    private async Task<StatusUpdateOutcome> ApplyAsync(Guid orderId, ErpOrderState status, string actor, CancellationToken cancellationToken)
    {
        var changed = false;
        var order = await orders.UpdateAsync(orderId, o => changed = o.ApplyErpStatus(status, actor, time.GetUtcNow()), cancellationToken);
        return order is null ? StatusUpdateOutcome.UnknownOrder : changed ? StatusUpdateOutcome.Applied : StatusUpdateOutcome.AlreadyKnown;
    }
}
