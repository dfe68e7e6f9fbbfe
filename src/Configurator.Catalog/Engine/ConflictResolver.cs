using Configurator.Catalog.Model;

namespace Configurator.Catalog.Engine;

/// <summary>
/// Finds the smallest changes to the picks that let a wanted option in. The least number of
/// picks to give up comes from one least-cost pass over the diagram (a dropped pick costs far
/// more than any price); every removal set of that size is then tried, with each possible
/// replacement in the single-choice groups it empties, and ranked by price change.
/// </summary>
public sealed class ConflictResolver
{
    private const long DroppedPick = 1_000_000_000_000L; // outweighs any sum of prices in cents
    private const int MaxRemovalSetsTried = 5000;
    private const int MaxResolutions = 10;

    public ResolutionResult Resolve(CompiledFamily family, ConfigurationRequest request, string targetId, int? maxResolutions = null)
    {
        var state = SelectionState.Apply(family, request);
        var target = family.VariableOf.TryGetValue(targetId, out var t) ? t
            : throw new ArgumentException($"Family {family.Family.Id} has no option {targetId}.", nameof(targetId));
        if (state.ContextExclusions[target] is { } contextReason)
            return new ResolutionResult(targetId, [], [contextReason]);

        var picks = state.Accepted.Where(p => p != target).ToArray();
        var start = (sbyte[])state.Fixed.Clone();
        start[target] = 1;

        // How few picks must go: drop costs dominate, prices only break ties.
        var costFalse = new long[family.VariableCount];
        foreach (var p in picks) costFalse[p] = DroppedPick;
        var open = (sbyte[])start.Clone();
        foreach (var p in picks) open[p] = -1;
        var best = family.Diagram.MinimumCost(open, family.PricesInCents, costFalse);
        if (best is null)
            return new ResolutionResult(targetId, [], state.Explain(target, true, open));
        var fewest = (int)(best.Value.Cost / DroppedPick);
        var before = Forced(family, state.Fixed) ?? [];

        var resolutions = new List<Resolution>();
        foreach (var removal in Subsets(picks, fewest).Take(MaxRemovalSetsTried))
        {
            var trial = (sbyte[])start.Clone();
            foreach (var p in removal) trial[p] = -1;
            if (!family.Diagram.IsSatisfiable(trial)) continue;
            resolutions.AddRange(WithReplacements(family, trial, removal, target, before));
        }

        var ranked = resolutions
            .DistinctBy(r => string.Join(',', r.Remove) + "|" + string.Join(',', r.Add))
            .OrderBy(r => r.Remove.Count).ThenBy(r => r.PriceChange).ThenBy(r => r.Add.Count)
            .Take(maxResolutions ?? MaxResolutions).ToArray();
        return new ResolutionResult(targetId, ranked, []);
    }

    /// <summary>One resolution per option that can fill a single-choice group the removal empties.</summary>
    private static IEnumerable<Resolution> WithReplacements(CompiledFamily family, sbyte[] trial, int[] removal, int target, HashSet<int> before)
    {
        var emptied = removal.Where(family.IsSingle).Select(p => family.GroupOf[p]).Distinct()
            .Where(g => g != family.GroupOf[target]).ToArray();
        // -1: no replacement, which an optional group allows.
        IEnumerable<int> candidates = [-1];
        if (emptied.Length > 0)
        {
            var group = family.Family.Group(emptied[0]);
            var replacements = group.Options.Select(o => family.VariableOf[o.Id]).Where(v => !removal.Contains(v));
            candidates = group.Required ? replacements : replacements.Prepend(-1);
        }
        foreach (var replacement in candidates)
        {
            var fixedValues = (sbyte[])trial.Clone();
            if (replacement >= 0)
            {
                if (fixedValues[replacement] == 0) continue;
                fixedValues[replacement] = 1;
            }
            if (Describe(family, fixedValues, removal, target, before) is { } resolution) yield return resolution;
        }
    }

    /// <summary>
    /// The resolution reached with these fixed values: what the picks and their implications
    /// hold afterwards against before, and the price change between the two.
    /// </summary>
    private static Resolution? Describe(CompiledFamily family, sbyte[] fixedValues, int[] removal, int target, HashSet<int> before)
    {
        var after = Forced(family, fixedValues);
        if (after is null) return null;
        var options = family.Variables;
        var added = after.Where(v => !before.Contains(v)).Order().ToArray();
        var change = added.Sum(v => options[v].ListPrice.Amount) - before.Where(v => !after.Contains(v)).Sum(v => options[v].ListPrice.Amount);
        return new Resolution(
            [.. removal.Select(v => options[v].Id)],
            [.. added.Select(v => options[v].Id)],
            change,
            Sentence(family, removal, added, target));
    }

    /// <summary>The options every completion under these fixed values holds: the picks and what they imply.</summary>
    private static HashSet<int>? Forced(CompiledFamily family, sbyte[] fixedValues)
    {
        var n = family.VariableCount;
        var canBeTrue = new bool[n];
        var canBeFalse = new bool[n];
        if (!family.Diagram.Domains(fixedValues, canBeTrue, canBeFalse)) return null;
        return [.. Enumerable.Range(0, n).Where(v => canBeTrue[v] && !canBeFalse[v])];
    }

    private static string Sentence(CompiledFamily family, int[] removal, int[] added, int target)
    {
        var options = family.Variables;
        var parts = new List<string>();
        var unpaired = added.Where(v => v != target).ToList();
        foreach (var r in removal)
        {
            var swap = unpaired.FirstOrDefault(a => family.GroupOf[a] == family.GroupOf[r], -1);
            if (swap < 0 && family.GroupOf[target] == family.GroupOf[r])
            {
                parts.Add($"replace {options[r].Name}");
                continue;
            }
            if (swap >= 0)
            {
                unpaired.Remove(swap);
                parts.Add($"change {options[r].Name} to {options[swap].Name}");
            }
            else parts.Add($"remove {options[r].Name}");
        }
        parts.AddRange(unpaired.Select(a => $"add {options[a].Name}"));
        var what = parts.Count == 0 ? "no other change is needed" : Words.And(parts);
        return $"To add {options[target].Name}, {what}.";
    }

    private static IEnumerable<int[]> Subsets(int[] items, int size)
    {
        if (size == 0) { yield return []; yield break; }
        for (var i = 0; i <= items.Length - size; i++)
            foreach (var rest in Subsets(items[(i + 1)..], size - 1))
                yield return [items[i], .. rest];
    }
}
