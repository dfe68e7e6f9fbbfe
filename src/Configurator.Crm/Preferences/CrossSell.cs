using Configurator.Catalog.Model;

namespace Configurator.Crm.Preferences;

/// <summary>
/// Cross-sells: options that other customers order together with one of this customer's options
/// (any option of positive weight). For each candidate Y the backing option X is the one with the
/// most distinct other customers who ordered X and Y in the same configuration. Options the
/// customer already has (positive weight, or in one of their own orders) and options the family
/// no longer has are never suggested.
/// </summary>
public static class CrossSell
{
    public const int DefaultMinimumCustomers = 2;

    /// <summary>How many of the family's latest orders cross-selling looks at: recent habits, and a bounded read however large the history.</summary>
    public const int RecentOrders = 1000;

    public static IReadOnlyList<Recommendation> For(
        CustomerProfile profile, ProductFamily family, IEnumerable<OrderedConfiguration> orders, int minimumCustomers = DefaultMinimumCustomers)
    {
        Guard.Require(minimumCustomers >= 1, nameof(minimumCustomers), "A cross-sell needs at least one customer behind it.");
        var inFamily = orders.Where(o => o.FamilyId == family.Id).ToArray();
        var mine = profile.In(family.Id).Where(o => o.Weight > 0).Select(o => o.OptionId).ToHashSet(StringComparer.Ordinal);
        var has = mine.Concat(inFamily.Where(o => o.Customer == profile.Customer).SelectMany(o => o.OptionIds)).ToHashSet(StringComparer.Ordinal);

        var customersBehind = new Dictionary<(string X, string Y), HashSet<CustomerNumber>>();
        foreach (var order in inFamily.Where(o => o.Customer != profile.Customer))
            foreach (var x in order.OptionIds.Where(mine.Contains))
                foreach (var y in order.OptionIds.Where(y => !has.Contains(y) && family.TryGetOption(y, out _)))
                {
                    if (!customersBehind.TryGetValue((x, y), out var customers)) customersBehind[(x, y)] = customers = [];
                    customers.Add(order.Customer);
                }

        return [.. customersBehind
            .Select(p => (p.Key.X, p.Key.Y, Count: p.Value.Count))
            .Where(p => p.Count >= minimumCustomers)
            .GroupBy(p => p.Y, StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(p => p.Count).ThenByDescending(p => profile.WeightOf(family.Id, p.X)).ThenBy(p => p.X, StringComparer.Ordinal).First())
            .OrderByDescending(p => p.Count).ThenBy(p => p.Y, StringComparer.Ordinal)
            .Select(p => new Recommendation(RecommendationKind.CrossSell, family.Id, p.Y, p.X,
                $"{p.Count} customers who order {family.NameOf(p.X)} also order {family.NameOf(p.Y)}",
                Customers: p.Count))];
    }
}
