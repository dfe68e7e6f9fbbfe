namespace Erp.Simulator.Storage;

public sealed class MemoryOrderStore : IOrderStore
{
    private readonly Lock _gate = new();
    private readonly List<StoredOrder> _orders = [];

    public StoredOrder Add(ErpSystem system, Func<int, StoredOrder> create)
    {
        lock (_gate)
        {
            var order = create(_orders.Count(o => o.System == system) + 1);
            _orders.Add(order);
            return order;
        }
    }

    public StoredOrder? Find(Guid id)
    {
        lock (_gate) return _orders.Find(o => o.Id == id);
    }

    public IReadOnlyList<StoredOrder> All()
    {
        lock (_gate) return _orders.ToArray();
    }

    public bool Update(StoredOrder order)
    {
        lock (_gate)
        {
            var index = _orders.FindIndex(o => o.Id == order.Id);
            if (index < 0) return false;
            _orders[index] = order;
            return true;
        }
    }

    public void Clear()
    {
        lock (_gate) _orders.Clear();
    }
}
