namespace Configurator.Orders.Model;

/// <summary>Where orders live; the Data project implements it on EF Core with optimistic concurrency.</summary>
public interface IOrderRepository
{
    /// <summary>Stores a new order; false when its idempotency key is already taken (a concurrent twin won).</summary>
    Task<bool> TryAddAsync(Order order, CancellationToken cancellationToken);

    Task<Order?> FindAsync(Guid id, CancellationToken cancellationToken);

    Task<Order?> FindByNumberAsync(OrderNumber number, CancellationToken cancellationToken);

    Task<Order?> FindByIdempotencyKeyAsync(string key, CancellationToken cancellationToken);

    /// <summary>
    /// Loads the order, applies the change and saves it; when another writer saved first, reloads and
    /// applies the change again. Null when there is no such order.
    /// </summary>
    Task<Order?> UpdateAsync(Guid id, Action<Order> change, CancellationToken cancellationToken);

    /// <summary>Orders in the given states, oldest update first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<OrderSummary>> ListAsync(IReadOnlyCollection<OrderState> states, int limit, CancellationToken cancellationToken);

    /// <summary>How many orders are in each state.</summary>
    Task<IReadOnlyDictionary<OrderState, int>> CountByStateAsync(CancellationToken cancellationToken);
}

/// <summary>An order as lists show it.</summary>
public sealed record OrderSummary(Guid Id, OrderNumber Number, OrderState State, string FamilyId, string CustomerNumber,
    decimal Total, string Currency, string? ErpOrderNumber, string Adapter, DateTimeOffset PlacedAt, DateTimeOffset UpdatedAt);
