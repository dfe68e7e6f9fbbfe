namespace Erp.Simulator.Storage;

/// <summary>
/// The simulated ERP's order table. Thread-safe. Deliberately no uniqueness on the external reference:
/// a real ERP takes the same customer reference twice, and the clients' idempotency is what is under test.
/// </summary>
public interface IOrderStore
{
    /// <summary>Stores a new order; <paramref name="create"/> gets the order's 1-based sequence within its system, for numbering.</summary>
    StoredOrder Add(ErpSystem system, Func<int, StoredOrder> create);

    StoredOrder? Find(Guid id);

    IReadOnlyList<StoredOrder> All();

    /// <summary>Replaces the order with the same id; false when it is no longer there.</summary>
    bool Update(StoredOrder order);

    void Clear();
}
