namespace Configurator.Crm.Preferences;

/// <summary>
/// Folds a customer's events into a <see cref="CustomerProfile"/> as of one date. Events of other
/// customers and events after the date are left out, so the same history always gives the same profile.
/// </summary>
public static class ProfileBuilder
{
    public static CustomerProfile Build(CustomerNumber customer, IEnumerable<PreferenceEvent> events, DateTimeOffset asOf, ProfileWeights? weights = null)
    {
        weights ??= ProfileWeights.Default;
        var mine = events.Where(e => e.Customer == customer && e.At <= asOf).ToArray();
        var configurations = mine.Where(e => e.IsConfigurationLevel).ToArray();

        return new CustomerProfile(
            customer,
            asOf,
            OptionPreferences(mine, asOf, weights),
            [.. configurations.GroupBy(e => e.FamilyId, StringComparer.Ordinal)
                .Select(g => new FamilyPreference(g.Key, g.Sum(e => weights.Weigh(e, asOf))))
                .OrderByDescending(f => f.Weight)],
            Budgets(configurations),
            LeadTime(configurations),
            Discounts(configurations));
    }

    private static OptionPreference[] OptionPreferences(PreferenceEvent[] events, DateTimeOffset asOf, ProfileWeights weights) =>
        [.. events.Where(e => !e.IsConfigurationLevel)
            .GroupBy(e => (e.FamilyId, GroupId: e.GroupId!, OptionId: e.OptionId!))
            .Select(g => new OptionPreference(g.Key.FamilyId, g.Key.GroupId, g.Key.OptionId,
                g.Sum(e => weights.Weigh(e, asOf)),
                g.Count(e => e.Kind == PreferenceEventKind.Ordered)))
            .OrderBy(o => o.FamilyId, StringComparer.Ordinal).ThenByDescending(o => o.Weight)];

    /// <summary>Quoted and ordered prices only: a saved configuration is often a what-if, not a budget.</summary>
    private static BudgetBand[] Budgets(PreferenceEvent[] configurations) =>
        [.. configurations
            .Where(e => e.Value is not null && e.Kind is PreferenceEventKind.Quoted or PreferenceEventKind.Ordered)
            .GroupBy(e => e.FamilyId, StringComparer.Ordinal)
            .Select(g =>
            {
                var prices = g.Select(e => e.Value!.Value).Order().ToArray();
                return new BudgetBand(g.Key, Quantile(prices, 0.25m), Quantile(prices, 0.5m), Quantile(prices, 0.75m), prices.Length);
            })
            .OrderBy(b => b.FamilyId, StringComparer.Ordinal)];

    private static LeadTimeSensitivity LeadTime(PreferenceEvent[] configurations)
    {
        var withLeadTime = configurations.Where(e => e.LeadTimeDays is not null && e.Kind is not (PreferenceEventKind.Picked or PreferenceEventKind.Removed));
        int orders = 0, faster = 0;
        foreach (var family in withLeadTime.GroupBy(e => e.FamilyId, StringComparer.Ordinal))
        {
            var median = Quantile([.. family.Select(e => (decimal)e.LeadTimeDays!.Value).Order()], 0.5m);
            foreach (var order in family.Where(e => e.Kind == PreferenceEventKind.Ordered))
            {
                orders++;
                if (order.LeadTimeDays!.Value < median) faster++;
            }
        }
        return new LeadTimeSensitivity(orders, faster);
    }

    private static DiscountAsks Discounts(PreferenceEvent[] configurations)
    {
        var asks = configurations.Where(e => e.DiscountAskedPercent is not null).Select(e => e.DiscountAskedPercent!.Value).ToArray();
        return new DiscountAsks(asks.Length, asks.Length == 0 ? null : decimal.Round(asks.Average(), 2));
    }

    /// <summary>Quantile of sorted values by linear interpolation between closest ranks.</summary>
    private static decimal Quantile(decimal[] sorted, decimal p)
    {
        var position = p * (sorted.Length - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
    }
}
