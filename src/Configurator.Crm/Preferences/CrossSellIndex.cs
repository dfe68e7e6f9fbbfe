namespace Configurator.Crm.Preferences;

/// <summary>
/// A family's orders as cross-selling reads them: for every two options ordered in one configuration, the customers who
/// did; and the options each customer ordered. Built once from a set of orders, then asked for any customer.
/// </summary>
public sealed class CrossSellIndex
{
    private readonly Dictionary<string, Dictionary<string, HashSet<CustomerNumber>>> _together = new(StringComparer.Ordinal);
    private readonly Dictionary<CustomerNumber, HashSet<string>> _ordered = [];

    private CrossSellIndex(string familyId) => FamilyId = familyId;

    public string FamilyId { get; }

    public static CrossSellIndex Build(string familyId, IEnumerable<OrderedConfiguration> orders)
    {
        var index = new CrossSellIndex(familyId);
        foreach (var order in orders.Where(o => o.FamilyId == familyId))
        {
            if (!index._ordered.TryGetValue(order.Customer, out var mine)) index._ordered[order.Customer] = mine = new(StringComparer.Ordinal);
            mine.UnionWith(order.OptionIds);
            foreach (var x in order.OptionIds)
            {
                if (!index._together.TryGetValue(x, out var withX)) index._together[x] = withX = new(StringComparer.Ordinal);
                foreach (var y in order.OptionIds.Where(y => y != x))
                {
                    if (!withX.TryGetValue(y, out var customers)) withX[y] = customers = [];
                    customers.Add(order.Customer);
                }
            }
        }
        return index;
    }

    /// <summary>Every option the customer ordered in these orders.</summary>
    public IReadOnlySet<string> OrderedBy(CustomerNumber customer) =>
        _ordered.TryGetValue(customer, out var options) ? options : new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The options ordered together with <paramref name="optionId"/>, and how many distinct customers did so.</summary>
    public IEnumerable<(string OptionId, int Customers)> OrderedWith(string optionId) =>
        _together.TryGetValue(optionId, out var with) ? with.Select(p => (p.Key, p.Value.Count)) : [];
}
