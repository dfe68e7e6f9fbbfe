using System.Threading.Channels;
using Erp.Simulator.Storage;

namespace Erp.Simulator.Progress;

/// <summary>A status change to push to the webhook.</summary>
public sealed record StatusChange(ErpSystem System, string Company, string ExternalReference, string ErpOrderNumber, OrderStatus Status, DateTimeOffset OccurredAt);

/// <summary>The queue between the places that change an order's status and the webhook sender.</summary>
public sealed class OrderEvents
{
    private readonly Channel<StatusChange> _channel = Channel.CreateUnbounded<StatusChange>();

    public ChannelReader<StatusChange> Reader => _channel.Reader;

    public void Publish(StoredOrder order, DateTimeOffset at) =>
        _channel.Writer.TryWrite(new StatusChange(order.System, order.Company, order.ExternalReference, order.ErpOrderNumber, order.Status, at));
}
