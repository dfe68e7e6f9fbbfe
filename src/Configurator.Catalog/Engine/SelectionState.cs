using Configurator.Catalog.Model;

namespace Configurator.Catalog.Engine;

/// <summary>
/// A request's picks applied to a compiled family: the context's exclusions, the picks that
/// fit (in the order given), the ones that contradict earlier picks, and the fixed values
/// every query starts from. Also explains why an option cannot be chosen or must be.
/// </summary>
internal sealed class SelectionState
{
    private SelectionState(CompiledFamily family, SelectionContext context, Reason?[] contextExclusions,
        sbyte[] fixedValues, List<int> accepted, List<PickConflict> conflicts)
    {
        Family = family;
        Context = context;
        ContextExclusions = contextExclusions;
        Fixed = fixedValues;
        Accepted = accepted;
        Conflicts = conflicts;
    }

    public CompiledFamily Family { get; }
    public SelectionContext Context { get; }
    public Reason?[] ContextExclusions { get; }

    /// <summary>-1 open, 0 false (context), 1 true (accepted pick).</summary>
    public sbyte[] Fixed { get; }

    public List<int> Accepted { get; }
    public List<PickConflict> Conflicts { get; }

    /// <summary>Per option, how many accepted picks it must break; computed when asked for at <see cref="Apply"/>.</summary>
    public Guidance? Guidance { get; private set; }

    public static SelectionState Apply(CompiledFamily family, ConfigurationRequest request, bool withGuidance = false)
    {
        var contextExclusions = family.ContextExclusions(request.Context);
        var fixedValues = family.FixedByContext(contextExclusions);
        var picks = request.Picks.Select(id => family.VariableOf.TryGetValue(id, out var v) ? v
            : throw new ArgumentException($"Family {family.Family.Id} has no option {id}.", nameof(request))).ToArray();
        var state = new SelectionState(family, request.Context, contextExclusions, fixedValues, [], []);

        // The common case: all picks fit together, and one sweep (the guidance's, when wanted) shows it.
        if (picks.All(p => contextExclusions[p] is null))
        {
            foreach (var p in picks) fixedValues[p] = 1;
            var guidance = withGuidance ? family.GuidanceFor(fixedValues) : null;
            if (guidance?.FewestBreaks == 0 || (guidance is null && family.Diagram.IsSatisfiable(fixedValues)))
            {
                state.Accepted.AddRange(picks);
                state.Guidance = guidance;
                return state;
            }
            foreach (var p in picks) fixedValues[p] = -1;
        }

        foreach (var p in picks)
        {
            if (contextExclusions[p] is { } reason)
            {
                state.Conflicts.Add(new PickConflict(family.Variables[p].Id, [reason]));
                continue;
            }
            fixedValues[p] = 1;
            if (family.Diagram.IsSatisfiable(fixedValues))
            {
                state.Accepted.Add(p);
                continue;
            }
            fixedValues[p] = -1;
            state.Conflicts.Add(new PickConflict(family.Variables[p].Id, state.Explain(p, true, fixedValues)));
        }
        if (withGuidance) state.Guidance = family.GuidanceFor(fixedValues);
        return state;
    }

    /// <summary>
    /// Why <paramref name="variable"/> cannot take <paramref name="value"/> under <paramref name="baseline"/>:
    /// the rules that forbid it on their own, given what the picks already decide
    /// (<paramref name="consequences"/>: every option known to be in or out) or else the picks alone;
    /// failing that, the smallest set of picks that together forbid it.
    /// </summary>
    public IReadOnlyList<Reason> Explain(int variable, bool value, sbyte[] baseline, sbyte[]? consequences = null)
    {
        var options = Family.Variables;
        if (value && ContextExclusions[variable] is { } contextReason) return [contextReason];

        // Against what the picks already decide, one rule at a time usually suffices. Rules that
        // forbid it against the picks alone come first; failing those, rules that need an option
        // already ruled out, rather than a group that is full only by implication.
        var firing = RulesForbidding(variable, value, consequences ?? baseline);
        if (firing.Count > 0)
        {
            if (consequences is null) return [.. firing.Select(Describe)];
            var direct = firing.Where(c => c.Forbids(baseline, variable, value)).ToArray();
            if (direct.Length > 0) return [.. direct.Select(Describe)];
            var chained = firing.Where(c => !c.RuleId.StartsWith("group:", StringComparison.Ordinal)).ToArray();
            return [.. (chained.Length > 0 ? chained : [.. firing]).Select(Describe)];
        }

        // A chain of rules: shrink the picks to a minimal set that still forbids the value.
        var trial = (sbyte[])baseline.Clone();
        trial[variable] = value ? (sbyte)1 : (sbyte)0;
        var blocking = new List<int>();
        for (var v = 0; v < trial.Length; v++)
        {
            if (v == variable || trial[v] != 1) continue;
            trial[v] = -1;
            if (Family.Diagram.IsSatisfiable(trial)) { trial[v] = 1; blocking.Add(v); }
        }
        var name = options[variable].Name;
        if (blocking.Count == 0)
            return [new Reason("availability", value
                ? $"No valid configuration with {name} is available in region {Context.Region} on {Context.Date:yyyy-MM-dd}."
                : $"Every valid configuration in region {Context.Region} includes {name}.", [])];
        var picks = blocking.Select(v => options[v].Id).ToArray();
        var names = Words.And(blocking.Select(v => options[v].Name));
        return [new Reason("combination", value
            ? $"{name} does not fit together with {names}."
            : $"{names} together need {name}.", picks)];
    }

    private List<RuleCheck> RulesForbidding(int variable, bool value, sbyte[] baseline)
    {
        var firing = new List<RuleCheck>();
        foreach (var c in Family.ChecksOf[variable])
            if (Family.Checks[c].Forbids(baseline, variable, value)) firing.Add(Family.Checks[c]);
        return firing;
    }

    /// <summary>A rule as a reason, with the picks among its options.</summary>
    private Reason Describe(RuleCheck check) =>
        new(check.RuleId, check.Message, [.. check.Variables.Where(v => Fixed[v] == 1).Select(v => Family.Variables[v].Id)]);
}
