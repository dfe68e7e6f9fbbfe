using Configurator.Catalog.Engine;
using Configurator.Catalog.Model;
using Configurator.Catalog.Pricing;

namespace Configurator.Crm.Preferences;

/// <summary>
/// Builds a customer's usual configuration of a family against the current model: the heaviest
/// option per group (every option over the threshold in multi-select groups), minus what the
/// family no longer has, minus the lighter side of each conflict, completed at the lowest price.
/// </summary>
public sealed class UsualConfigurationBuilder(IPriceCalculator pricing)
{
    public const string WithdrawnFromModel = "withdrawn from the model";

    private readonly ConfigurationEngine _engine = new(pricing);
    private readonly CompletionFinder _completion = new(pricing);

    public UsualConfiguration Build(ProductModel model, CustomerProfile profile, string familyId, SelectionContext context, ProfileWeights? weights = null)
    {
        weights ??= ProfileWeights.Default;
        if (!model.TryGetFamily(familyId, out var compiled))
            return new UsualConfiguration(familyId, [], [], false, $"The current model has no family {familyId}.");
        var family = compiled.Family;

        var usual = UsualPicks(profile, family, weights);
        var dropped = new List<(string OptionId, string GroupId, string Reason)>();
        foreach (var pick in usual.Where(p => !family.TryGetOption(p.OptionId, out _)))
            dropped.Add((pick.OptionId, pick.GroupId, $"{pick.OptionId} was {WithdrawnFromModel}."));

        // Heaviest first: the engine keeps earlier picks and reports later ones as conflicts.
        var present = usual.Where(p => family.TryGetOption(p.OptionId, out _)).Select(p => p.OptionId).ToArray();
        var checkedPicks = _engine.Configure(model, compiled, new ConfigurationRequest(present, context));
        foreach (var conflict in checkedPicks.Conflicts)
            dropped.Add((conflict.OptionId, family.Option(conflict.OptionId).GroupId, ConflictReason(family, conflict)));

        var completion = _completion.Complete(compiled, new ConfigurationRequest(checkedPicks.Selected, context), CompletionObjective.Cheapest);
        if (completion.Options is null)
            return new UsualConfiguration(familyId, checkedPicks.Selected,
                [.. dropped.Select(d => new Repair(d.OptionId, RepairKind.Dropped, d.Reason))], false,
                "No valid configuration completes the usual picks in this region and on this date.");

        return new UsualConfiguration(familyId, completion.Options, Repairs(family, dropped, completion.Added), true);
    }

    /// <summary>The usual picks, heaviest first; only options the customer leans towards (positive weight).</summary>
    private static List<OptionPreference> UsualPicks(CustomerProfile profile, ProductFamily family, ProfileWeights weights)
    {
        var picks = new List<OptionPreference>();
        foreach (var group in profile.In(family.Id).Where(o => o.Weight > 0).GroupBy(o => o.GroupId, StringComparer.Ordinal))
        {
            // A group the model no longer has is judged single-select: one pick, which will read as withdrawn.
            var current = family.Groups.FirstOrDefault(g => g.Id == group.Key);
            if (current is { Selection: SelectionMode.Multi })
                picks.AddRange(group.Where(o => o.Weight >= weights.MultiSelectThreshold).Take(current.MaxCount));
            else
                picks.Add(group.First());
        }
        return [.. picks.OrderByDescending(p => p.Weight).ThenBy(p => p.OptionId, StringComparer.Ordinal)];
    }

    private static string ConflictReason(ProductFamily family, PickConflict conflict)
    {
        var name = family.NameOf(conflict.OptionId);
        var reasons = conflict.Reasons.Select(r =>
        {
            var kept = r.Because.Where(id => id != conflict.OptionId).Select(family.NameOf).ToArray();
            var against = kept.Length == 0 ? "" : $" against the more usual {string.Join(", ", kept)}";
            return $"rule {r.RuleId}{against}: {r.Message}";
        });
        return $"{name} was dropped by {string.Join("; ", reasons)}";
    }

    private static List<Repair> Repairs(ProductFamily family, List<(string OptionId, string GroupId, string Reason)> dropped, IReadOnlyList<string> added)
    {
        var repairs = new List<Repair>();
        var unpaired = added.ToList();
        foreach (var (optionId, groupId, reason) in dropped)
        {
            var replacement = unpaired.FirstOrDefault(a => family.Option(a).GroupId == groupId);
            if (replacement is null)
            {
                repairs.Add(new Repair(optionId, RepairKind.Dropped, reason));
                continue;
            }
            unpaired.Remove(replacement);
            repairs.Add(new Repair(optionId, RepairKind.Replaced,
                $"{reason} {family.NameOf(replacement)} is the cheapest option in its place that fits.", replacement));
        }
        repairs.AddRange(unpaired.Select(a => new Repair(a, RepairKind.Added,
            $"No usual choice in {family.Group(family.Option(a).GroupId).Name}; {family.NameOf(a)} is the cheapest that fits.")));
        return repairs;
    }
}
