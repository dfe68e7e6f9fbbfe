namespace Configurator.Crm.Preferences;

/// <summary>What a customer's events say about them as of one date. Built by <see cref="ProfileBuilder"/>.</summary>
public sealed record CustomerProfile(
    CustomerNumber Customer,
    DateTimeOffset AsOf,
    IReadOnlyList<OptionPreference> Options,
    IReadOnlyList<FamilyPreference> Families,
    IReadOnlyList<BudgetBand> Budgets,
    LeadTimeSensitivity LeadTime,
    DiscountAsks Discounts)
{
    /// <summary>The options of one group, heaviest first.</summary>
    public IReadOnlyList<OptionPreference> In(string familyId, string groupId) =>
        [.. Options.Where(o => o.FamilyId == familyId && o.GroupId == groupId).OrderByDescending(o => o.Weight).ThenBy(o => o.OptionId, StringComparer.Ordinal)];

    /// <summary>The options of one family, heaviest first.</summary>
    public IReadOnlyList<OptionPreference> In(string familyId) =>
        [.. Options.Where(o => o.FamilyId == familyId).OrderByDescending(o => o.Weight).ThenBy(o => o.OptionId, StringComparer.Ordinal)];

    /// <summary>The option's weight; 0 for an option the customer never touched.</summary>
    public double WeightOf(string familyId, string optionId) =>
        Options.FirstOrDefault(o => o.FamilyId == familyId && o.OptionId == optionId)?.Weight ?? 0;

    public BudgetBand? BudgetFor(string familyId) => Budgets.FirstOrDefault(b => b.FamilyId == familyId);
}
