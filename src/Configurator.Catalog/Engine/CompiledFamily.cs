using Configurator.Catalog.Model;

namespace Configurator.Catalog.Engine;

/// <summary>A family with its compiled structure: what the engine queries.</summary>
public sealed class CompiledFamily
{
    internal CompiledFamily(ProductFamily family, IReadOnlyList<ProductOption> variables, DecisionDiagram diagram, RuleCheck[] checks, int nodesBuilt)
    {
        Family = family;
        Variables = variables;
        Diagram = diagram;
        Checks = checks;
        NodesBuilt = nodesBuilt;
        VariableOf = variables.Select((o, i) => (o.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        GroupOf = [.. variables.Select(o => o.GroupId)];
        PricesInCents = [.. variables.Select(o => (long)(o.ListPrice.Amount * 100))];
        ChecksOf = new int[variables.Count][];
        for (var v = 0; v < ChecksOf.Length; v++)
            ChecksOf[v] = [.. Enumerable.Range(0, checks.Length).Where(i => checks[i].Variables.Contains(v))];
    }

    public ProductFamily Family { get; }

    /// <summary>Nodes in the compiled diagram of all rules together.</summary>
    public int DiagramSize => Diagram.NodeCount;

    /// <summary>Nodes created while compiling (the diagram of all rules and each rule's own).</summary>
    public int NodesBuilt { get; }

    /// <summary>The options in the diagram's variable order (groups ordered to keep the diagram small).</summary>
    internal IReadOnlyList<ProductOption> Variables { get; }

    internal DecisionDiagram Diagram { get; }

    /// <summary>Each variable's list price in cents: the cost of setting it in cheapest-path searches.</summary>
    internal long[] PricesInCents { get; }
    internal RuleCheck[] Checks { get; }
    internal Dictionary<string, int> VariableOf { get; }
    internal string[] GroupOf { get; }
    internal int[][] ChecksOf { get; }

    internal int VariableCount => GroupOf.Length;

    /// <summary>Why each option is unavailable in this context (region, date, quantity); null where it is available.</summary>
    internal Reason?[] ContextExclusions(SelectionContext context)
    {
        var reasons = new Reason?[VariableCount];
        var options = Variables;
        for (var v = 0; v < reasons.Length; v++)
        {
            var o = options[v];
            if (!o.IsSoldIn(context.Region))
                reasons[v] = new Reason("region", $"{o.Name} is not sold in region {context.Region}.", []);
            else if (o.EffectiveFrom is { } from && context.Date < from)
                reasons[v] = new Reason("effective-date", $"{o.Name} can be ordered from {from:yyyy-MM-dd}.", []);
            else if (o.EffectiveTo is { } to && context.Date > to)
                reasons[v] = new Reason("effective-date", $"{o.Name} was withdrawn on {to:yyyy-MM-dd}.", []);
        }
        foreach (var limit in Family.Constraints.OfType<QuantityLimitConstraint>())
        {
            var v = VariableOf[limit.Option];
            if (context.Quantity > limit.MaxQuantity && reasons[v] is null)
                reasons[v] = new Reason(limit.Id, limit.Describe(Family), []);
        }
        return reasons;
    }

    /// <summary>The variables fixed false by the context: the starting point of every query.</summary>
    internal sbyte[] FixedByContext(Reason?[] contextExclusions)
    {
        var fixedValues = new sbyte[VariableCount];
        for (var v = 0; v < fixedValues.Length; v++) fixedValues[v] = contextExclusions[v] is null ? (sbyte)-1 : (sbyte)0;
        return fixedValues;
    }

    /// <summary>The options of these variables, in the family's display order.</summary>
    internal ProductOption[] InFamilyOrder(IEnumerable<int> variables)
    {
        var set = variables.ToHashSet();
        return [.. Family.Options.Where(o => set.Contains(VariableOf[o.Id]))];
    }

    /// <summary>
    /// The diagram's guidance for these fixed values. Without picks the answer depends only on
    /// what the context rules out, so it is kept per such set: every new session starts there.
    /// </summary>
    internal Guidance GuidanceFor(sbyte[] fixedValues)
    {
        var withoutPicks = Array.IndexOf(fixedValues, (sbyte)1) < 0;
        var key = withoutPicks ? Convert.ToBase64String(System.Runtime.InteropServices.MemoryMarshal.AsBytes(fixedValues.AsSpan())) : null;
        if (key is not null && _guidanceWithoutPicks.TryGetValue(key, out var cached)) return cached;

        var breaksToBeTrue = new byte[VariableCount];
        var breaksToBeFalse = new byte[VariableCount];
        var fewest = Diagram.Guidance(fixedValues, breaksToBeTrue, breaksToBeFalse);
        var guidance = new Guidance(fewest, breaksToBeTrue, breaksToBeFalse);
        if (key is not null && _guidanceWithoutPicks.Count < MaxCachedContexts) _guidanceWithoutPicks.TryAdd(key, guidance);
        return guidance;
    }

    private const int MaxCachedContexts = 256;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Guidance> _guidanceWithoutPicks = new();

    internal bool IsSingle(int variable) => Family.Group(GroupOf[variable]).Selection == SelectionMode.Single;
}
