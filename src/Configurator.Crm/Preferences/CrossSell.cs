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
        CustomerProfile profile, ProductFamily family, IEnumerable<OrderedConfiguration> orders, int minimumCustomers = DefaultMinimumCustomers) =>
        For(profile, family, CrossSellIndex.Build(family.Id, orders), minimumCustomers);

    /// <summary>
    /// The same from an index of the orders. The customer's own orders need no exclusion from the counts: a pair they
    /// ordered together has its second option among the options they already have, which are never suggested.
    /// </summary>
    public static IReadOnlyList<Recommendation> For(
        CustomerProfile profile, ProductFamily family, CrossSellIndex orders, int minimumCustomers = DefaultMinimumCustomers)
    {
        Guard.Require(minimumCustomers >= 1, nameof(minimumCustomers), "A cross-sell needs at least one customer behind it.");
        Guard.Require(orders.FamilyId == family.Id, nameof(orders), "The orders are of another family.");
        var mine = profile.In(family.Id).Where(o => o.Weight > 0).Select(o => o.OptionId).ToHashSet(StringComparer.Ordinal);
        var has = mine.Concat(orders.OrderedBy(profile.Customer)).ToHashSet(StringComparer.Ordinal);

        return [.. mine
            .SelectMany(x => orders.OrderedWith(x).Select(y => (X: x, Y: y.OptionId, Count: y.Customers)))
            .Where(p => p.Count >= minimumCustomers && !has.Contains(p.Y) && family.TryGetOption(p.Y, out _))
            .GroupBy(p => p.Y, StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(p => p.Count).ThenByDescending(p => profile.WeightOf(family.Id, p.X)).ThenBy(p => p.X, StringComparer.Ordinal).First())
            .OrderByDescending(p => p.Count).ThenBy(p => p.Y, StringComparer.Ordinal)
            .Select(p => new Recommendation(RecommendationKind.CrossSell, family.Id, p.Y, p.X,
                $"{p.Count} customers who order {family.NameOf(p.X)} also order {family.NameOf(p.Y)}",
                Customers: p.Count))];
    }
}
