namespace Erp.Simulator.Storage;

public static class OrderStoreQueries
{
    public static StoredOrder? FindByNumber(this IOrderStore store, ErpSystem system, string erpOrderNumber) =>
        store.All().FirstOrDefault(o => o.System == system && o.ErpOrderNumber == erpOrderNumber);

    /// <summary>Orders of one system, oldest first; <paramref name="company"/> null means every company.</summary>
    public static IEnumerable<StoredOrder> OfSystem(this IOrderStore store, ErpSystem system, string? company = null) =>
        store.All().Where(o => o.System == system && (company is null || o.Company == company));
}
