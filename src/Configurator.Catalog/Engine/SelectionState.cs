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

    public static SelectionState Apply(CompiledFamily family, ConfigurationRequest request)
    {
        var contextExclusions = family.ContextExclusions(request.Context);
        var fixedValues = family.FixedByContext(contextExclusions);
        var picks = request.Picks.Select(id => family.VariableOf.TryGetValue(id, out var v) ? v
            : throw new ArgumentException($"Family {family.Family.Id} has no option {id}.", nameof(request))).ToArray();
        var state = new SelectionState(family, request.Context, contextExclusions, fixedValues, [], []);

        // The common case: all picks fit together, one satisfiability sweep.
        var fitsContext = picks.All(p => contextExclusions[p] is null);
        if (fitsContext)
        {
            foreach (var p in picks) fixedValues[p] = 1;
            if (family.Diagram.IsSatisfiable(fixedValues))
            {
                state.Accepted.AddRange(picks);
                return state;
            }
            foreach (var p in picks) fixedValues[p] = -1;
        }

        foreach (var p in picks)
        {
            if (contextExclusions[p] is { } reason)
            {
                state.Conflicts.Add(new PickConflict(family.Family.Options[p].Id, [reason]));
                continue;
            }
            fixedValues[p] = 1;
            if (family.Diagram.IsSatisfiable(fixedValues))
            {
                state.Accepted.Add(p);
                continue;
            }
            fixedValues[p] = -1;
            state.Conflicts.Add(new PickConflict(family.Family.Options[p].Id, state.Explain(p, true, fixedValues)));
        }
        return state;
    }

    /// <summary>
    /// Why <paramref name="variable"/> cannot take <paramref name="value"/> under <paramref name="baseline"/>:
    /// the rules that alone forbid it, or else the smallest set of picks that together do.
    /// </summary>
    public IReadOnlyList<Reason> Explain(int variable, bool value, sbyte[] baseline)
    {
        var options = Family.Family.Options;
        if (value && ContextExclusions[variable] is { } contextReason) return [contextReason];

        var trial = (sbyte[])baseline.Clone();
        trial[variable] = value ? (sbyte)1 : (sbyte)0;
        var reasons = new List<Reason>();
        foreach (var c in Family.ChecksOf[variable])
        {
            var check = Family.Checks[c];
            if (check.Diagram.IsSatisfiable(trial)) continue;
            var because = check.Variables.Where(v => v != variable && trial[v] == 1).Select(v => options[v].Id).ToArray();
            reasons.Add(new Reason(check.RuleId, check.Message, because));
        }
        if (reasons.Count > 0) return reasons;

        // A chain of rules: shrink the picks to a minimal set that still forbids the value.
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
}
