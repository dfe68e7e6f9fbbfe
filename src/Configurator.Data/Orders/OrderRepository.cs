using Configurator.Orders.Model;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Data.Orders;

/// <summary>Orders on EF Core: a row per order, its timeline rows appended, optimistic concurrency on every update.</summary>
public sealed class OrderRepository(ConfiguratorDbContext db, TimeProvider time) : IOrderRepository
{
    public async Task<bool> TryAddAsync(Order order, CancellationToken cancellationToken)
    {
        var record = new OrderRecord
        {
            Id = order.Id, Number = order.Number.Value, IdempotencyKey = order.Idempotency?.Key, RequestFingerprint = order.Idempotency?.Fingerprint,
            CustomerNumber = order.Details.CustomerNumber, State = "", FamilyId = order.Snapshot.FamilyId,
            ModelVersion = order.Snapshot.ModelVersion.Value, Adapter = order.Routing.Target.Adapter, Plant = order.Routing.Target.Plant,
            Priority = order.Routing.Priority.ToString(), TotalPrice = order.Snapshot.TotalPrice.Amount, Currency = order.Snapshot.TotalPrice.Currency,
            PlacedAt = order.PlacedAt, DetailsJson = OrderDocuments.Write(order.Details), SnapshotJson = OrderDocuments.Write(order.Snapshot),
            RoutingJson = OrderDocuments.Write(order.Routing),
        };
        Apply(order, record, persistedEntries: 0);
        db.Orders.Add(record);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException) when (order.Idempotency is not null)
        {
            // The unique key index refuses a concurrent twin; anything else is a real failure.
            if (await KeyTakenAsync(order.Idempotency.Key, cancellationToken)) return false;
            throw;
        }
    }

    public async Task<Order?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var record = await db.Orders.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        return record is null ? null : await LoadAsync(record, cancellationToken);
    }

    public async Task<Order?> FindByNumberAsync(OrderNumber number, CancellationToken cancellationToken)
    {
        var record = await db.Orders.AsNoTracking().FirstOrDefaultAsync(o => o.Number == number.Value, cancellationToken);
        return record is null ? null : await LoadAsync(record, cancellationToken);
    }

    public async Task<Order?> FindByIdempotencyKeyAsync(string key, CancellationToken cancellationToken)
    {
        var record = await db.Orders.AsNoTracking().FirstOrDefaultAsync(o => o.IdempotencyKey == key, cancellationToken);
        return record is null ? null : await LoadAsync(record, cancellationToken);
    }

    public Task<Order?> UpdateAsync(Guid id, Action<Order> change, CancellationToken cancellationToken) =>
        db.UpdateWithRetriesAsync(
            ct => db.Orders.FirstOrDefaultAsync(o => o.Id == id, ct),
            async record =>
            {
                var order = await LoadAsync(record, cancellationToken);
                var persisted = order.Timeline.Count;
                return (order, () =>
                {
                    // Every change to an order adds to its timeline: none added, nothing to save.
                    if (order.Timeline.Count == persisted) return false;
                    Apply(order, record, persisted);
                    return true;
                });
            },
            change, cancellationToken);

    public async Task<IReadOnlyList<OrderSummary>> ListAsync(IReadOnlyCollection<OrderState> states, int limit, CancellationToken cancellationToken)
    {
        var names = states.Select(s => s.ToString()).ToArray();
        var rows = await db.Orders.AsNoTracking()
            .Where(o => names.Contains(o.State))
            .OrderBy(o => o.UpdatedAtMs).ThenBy(o => o.Id)
            .Take(limit)
            .Select(o => new { o.Id, o.Number, o.State, o.FamilyId, o.CustomerNumber, o.TotalPrice, o.Currency, o.ErpOrderNumber, o.Adapter, o.PlacedAt, o.UpdatedAtMs })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(o => new OrderSummary(o.Id, new OrderNumber(o.Number), Enum.Parse<OrderState>(o.State), o.FamilyId, o.CustomerNumber,
            o.TotalPrice, o.Currency, o.ErpOrderNumber, o.Adapter, o.PlacedAt, DateTimeOffset.FromUnixTimeMilliseconds(o.UpdatedAtMs)))];
    }

    public async Task<IReadOnlyDictionary<OrderState, int>> CountByStateAsync(CancellationToken cancellationToken)
    {
        var counts = await db.Orders.AsNoTracking().GroupBy(o => o.State).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return counts.ToDictionary(c => Enum.Parse<OrderState>(c.Key), c => c.Count);
    }

    private async Task<bool> KeyTakenAsync(string key, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await db.Orders.AsNoTracking().AnyAsync(o => o.IdempotencyKey == key, cancellationToken);
    }

    private async Task<Order> LoadAsync(OrderRecord record, CancellationToken cancellationToken)
    {
        var timeline = await db.Timeline.AsNoTracking().Where(t => t.OrderId == record.Id).OrderBy(t => t.Sequence).ToListAsync(cancellationToken);
        return Order.Restore(record.Id, new OrderNumber(record.Number),
            record.IdempotencyKey is null ? null : new PlacementKey(record.IdempotencyKey, record.RequestFingerprint ?? ""),
            OrderDocuments.ReadDetails(record.DetailsJson), OrderDocuments.ReadSnapshot(record.SnapshotJson), OrderDocuments.ReadRouting(record.RoutingJson),
            record.PlacedAt, Enum.Parse<OrderState>(record.State), record.ErpOrderNumber,
            record.FailedStep is null ? null : Enum.Parse<OrderStep>(record.FailedStep), record.LastError,
            timeline.Select(t => new TimelineEntry(t.Sequence, t.At, t.Event, t.FromState is null ? null : Enum.Parse<OrderState>(t.FromState),
                Enum.Parse<OrderState>(t.ToState), t.Actor, t.Attempt, t.Error, t.Comment)));
    }

    /// <summary>Copies the order's changing fields to its row and adds the timeline entries not stored yet.</summary>
    private void Apply(Order order, OrderRecord record, int persistedEntries)
    {
        record.State = order.State.ToString();
        record.ErpOrderNumber = order.ErpOrderNumber;
        record.FailedStep = order.FailedStep?.ToString();
        record.LastError = order.LastError;
        record.UpdatedAtMs = time.GetUtcNow().ToUnixTimeMilliseconds();
        record.Version++;
        foreach (var entry in order.Timeline.Skip(persistedEntries))
        {
            db.Timeline.Add(new TimelineRecord
            {
                OrderId = order.Id, Sequence = entry.Sequence, At = entry.At, Event = entry.Event, FromState = entry.From?.ToString(),
                ToState = entry.To.ToString(), Actor = entry.Actor, Attempt = entry.Attempt, Error = entry.Error, Comment = entry.Comment,
            });
        }
    }
}
