using Erp.Simulator.Options;
using Erp.Simulator.Storage;
using Microsoft.Extensions.Options;

namespace Erp.Simulator.Progress;

/// <summary>
/// Every change of a stored order goes through here, under one lock, so the background advance and an API call
/// (a cancel, a read that first brings orders up to date) never overwrite each other or report a change twice.
/// Orders age on the injected clock: Accepted at creation, InProduction after InProductionAfter, Shipped after ShippedAfter.
/// </summary>
public sealed class OrderLifecycle(IOrderStore store, WebhookQueue webhooks, TimeProvider time, IOptions<SimulatorOptions> options)
{
    private readonly Lock _gate = new();
    private readonly SimulatorOptions _options = options.Value;

    // When the next open order is due to move on; until then a pass over all orders would change nothing.
    private DateTimeOffset _nextDue = DateTimeOffset.MinValue;

    public DateTimeOffset Now => time.GetUtcNow();

    public StoredOrder Create(ErpSystem system, Func<int, StoredOrder> create)
    {
        lock (_gate)
        {
            var order = store.Add(system, create);
            if (order.CreatedAt + _options.InProductionAfter < _nextDue) _nextDue = order.CreatedAt + _options.InProductionAfter;
            webhooks.Enqueue(StatusChange.Of(order, OrderStatus.Accepted, order.CreatedAt));
            return order;
        }
    }

    /// <summary>Brings every order up to the clock, reporting each status passed on the way.</summary>
    public void AdvanceAll()
    {
        lock (_gate)
        {
            var now = Now;
            if (now < _nextDue) return;
            var nextDue = DateTimeOffset.MaxValue;
            foreach (var order in store.All())
            {
                var advanced = Advance(order, now);
                if (NextDue(advanced) is { } due && due < nextDue) nextDue = due;
            }
            _nextDue = nextDue;
        }
    }

    /// <summary>Applies <paramref name="change"/> to the up-to-date order; null when the order is gone.</summary>
    public StoredOrder? Modify(Guid id, Func<StoredOrder, StoredOrder> change)
    {
        lock (_gate)
        {
            if (store.Find(id) is not { } found) return null;
            var current = Advance(found, Now);
            var changed = change(current);
            if (changed == current) return current;
            store.Update(changed);
            if (changed.Status != current.Status) webhooks.Enqueue(StatusChange.Of(changed, changed.Status, changed.ModifiedAt));
            return changed;
        }
    }

    private DateTimeOffset? NextDue(StoredOrder order) => order.Status switch
    {
        OrderStatus.Accepted => order.CreatedAt + _options.InProductionAfter,
        OrderStatus.InProduction => order.CreatedAt + _options.ShippedAfter,
        _ => null,
    };

    private StoredOrder Advance(StoredOrder order, DateTimeOffset now)
    {
        if (order.Status is OrderStatus.Shipped or OrderStatus.Cancelled) return order;
        var advanced = order;
        foreach (var (status, after) in new[] { (OrderStatus.InProduction, _options.InProductionAfter), (OrderStatus.Shipped, _options.ShippedAfter) })
        {
            var reachedAt = order.CreatedAt + after;
            if (advanced.Status >= status || reachedAt > now) continue;
            advanced = advanced with { Status = status, ModifiedAt = reachedAt };
            webhooks.Enqueue(StatusChange.Of(advanced, status, reachedAt));
        }
        if (advanced != order) store.Update(advanced);
        return advanced;
    }
}
