namespace Configurator.Catalog.Engine;

/// <summary>
/// One structural rule checked on its own, together with the cardinality of the groups it
/// touches (<see cref="Variables"/>: the rule's options and those groups' options). Cheap
/// enough to ask per excluded option, so every exclusion can name the rule behind it.
/// </summary>
internal abstract record RuleCheck(string RuleId, string Message, int[] Variables)
{
    /// <summary>Does some assignment agreeing with the fixed values satisfy this rule and its groups?</summary>
    public abstract bool Allows(sbyte[] fixedValues);

    /// <summary>
    /// Does the rule forbid <paramref name="variable"/> taking <paramref name="value"/> under the fixed values?
    /// With nothing else of the rule's fixed, the answer is known from compilation.
    /// </summary>
    public bool Forbids(sbyte[] fixedValues, int variable, bool value)
    {
        var others = false;
        foreach (var v in Variables)
            if (v != variable && fixedValues[v] != -1) { others = true; break; }
        if (!others) return (value ? ForbiddenTrueAlone : ForbiddenFalseAlone).Contains(variable);
        return !AllowsWith(fixedValues, variable, value);
    }

    /// <summary>Like <see cref="Allows"/>, with <paramref name="variable"/> fixed to <paramref name="value"/> instead.</summary>
    protected virtual bool AllowsWith(sbyte[] fixedValues, int variable, bool value)
    {
        var previous = fixedValues[variable];
        fixedValues[variable] = value ? (sbyte)1 : (sbyte)0;
        try { return Allows(fixedValues); }
        finally { fixedValues[variable] = previous; }
    }

    /// <summary>The variables this rule alone forbids to be true, and to be false.</summary>
    public IReadOnlySet<int> ForbiddenTrueAlone { get; private set; } = new HashSet<int>();
    public IReadOnlySet<int> ForbiddenFalseAlone { get; private set; } = new HashSet<int>();

    /// <summary>Works out <see cref="ForbiddenTrueAlone"/> and <see cref="ForbiddenFalseAlone"/>; once, at compilation.</summary>
    public RuleCheck WithAloneAnswers(int variableCount)
    {
        var trial = new sbyte[variableCount];
        Array.Fill(trial, (sbyte)-1);
        HashSet<int> forbidden(sbyte value) => [.. Variables.Where(v =>
        {
            trial[v] = value;
            var allowed = Allows(trial);
            trial[v] = -1;
            return !allowed;
        })];
        ForbiddenTrueAlone = forbidden(1);
        ForbiddenFalseAlone = forbidden(0);
        return this;
    }
}

/// <summary>
/// A logical rule (requires, excludes, a group's cardinality), compiled into its own small diagram.
/// When the rule has few solutions over its few options, they are listed as bit masks once, and a
/// check is a scan of those masks instead of a sweep of the diagram.
/// </summary>
internal sealed record DiagramRuleCheck : RuleCheck
{
    private const int MaxListedSolutions = 512;
    private readonly DecisionDiagram _diagram;
    private readonly int[] _sorted;
    private readonly ulong[]? _solutions;
    // Per option of the rule: the solutions with it (index 1) and without it (index 0).
    private readonly ulong[][][]? _solutionsBy;

    public DiagramRuleCheck(string ruleId, string message, int[] variables, DecisionDiagram diagram)
        : base(ruleId, message, variables)
    {
        _diagram = diagram;
        _sorted = [.. variables.Order()];
        _solutions = _sorted.Length <= 64 ? ListSolutions() : null;
        if (_solutions is { } all)
            _solutionsBy = [.. Enumerable.Range(0, _sorted.Length).Select(i => new[]
            {
                all.Where(s => (s & (1UL << i)) == 0).ToArray(),
                all.Where(s => (s & (1UL << i)) != 0).ToArray(),
            })];
    }

    public override bool Allows(sbyte[] fixedValues) =>
        _solutions is null ? _diagram.IsSatisfiable(fixedValues) : AnyFits(_solutions, fixedValues, -1);

    protected override bool AllowsWith(sbyte[] fixedValues, int variable, bool value)
    {
        var position = Array.BinarySearch(_sorted, variable);
        if (_solutionsBy is null || position < 0) return base.AllowsWith(fixedValues, variable, value);
        return AnyFits(_solutionsBy[position][value ? 1 : 0], fixedValues, position);
    }

    /// <summary>Does a listed solution agree with the fixed values (ignoring the option at <paramref name="skip"/>)?</summary>
    private bool AnyFits(ulong[] solutions, sbyte[] fixedValues, int skip)
    {
        ulong mustBeTrue = 0, mustBeFalse = 0;
        for (var i = 0; i < _sorted.Length; i++)
        {
            if (i == skip) continue;
            var f = fixedValues[_sorted[i]];
            if (f == 1) mustBeTrue |= 1UL << i;
            else if (f == 0) mustBeFalse |= 1UL << i;
        }
        foreach (var solution in solutions)
            if ((solution & mustBeTrue) == mustBeTrue && (solution & mustBeFalse) == 0) return true;
        return false;
    }

    /// <summary>Every solution over the rule's options, or null when there are too many to list.</summary>
    private ulong[]? ListSolutions()
    {
        var solutions = new List<ulong>();
        return Walk(_diagram.Root, 0, 0) ? [.. solutions] : null;

        // Follows the diagram; options it does not test on a path take both values.
        bool Walk(int node, int position, ulong mask)
        {
            if (node == 0) return true;
            var tested = node == 1 ? int.MaxValue : _diagram.Var(node);
            if (position < _sorted.Length && _sorted[position] < tested)
                return Walk(node, position + 1, mask) && Walk(node, position + 1, mask | (1UL << position));
            if (node == 1)
            {
                solutions.Add(mask);
                return solutions.Count <= MaxListedSolutions;
            }
            // The diagram only tests the rule's own options, so the tested one is at this position.
            return Walk(_diagram.Low(node), position + 1, mask) && Walk(_diagram.High(node), position + 1, mask | (1UL << position));
        }
    }
}

/// <summary>
/// A resource sum. Its groups are independent given their cardinality, so the least net use
/// (use minus capacity) is the sum of each group's least: exact, and linear in the options.
/// </summary>
internal sealed record ResourceRuleCheck : RuleCheck
{
    /// <summary>A group's options (all of them, weight 0 where they use nothing) and its cardinality.</summary>
    internal sealed record Group(int[] Variables, long[] Weights, int Lower, int Upper);

    private readonly Group[] _groups;
    private readonly long _limit;

    public ResourceRuleCheck(string ruleId, string message, int[] variables, IEnumerable<Group> groups, long limit)
        : base(ruleId, message, variables)
    {
        // Options lightest first, so the least use is found in one pass without sorting.
        _groups = [.. groups.Select(g =>
        {
            var order = Enumerable.Range(0, g.Variables.Length).OrderBy(i => g.Weights[i]).ToArray();
            return g with { Variables = [.. order.Select(i => g.Variables[i])], Weights = [.. order.Select(i => g.Weights[i])] };
        })];
        _limit = limit;
    }

    public override bool Allows(sbyte[] fixedValues)
    {
        long least = 0;
        foreach (var group in _groups)
        {
            var chosen = 0;
            for (var i = 0; i < group.Variables.Length; i++)
                if (fixedValues[group.Variables[i]] == 1) { chosen++; least += group.Weights[i]; }
            if (chosen > group.Upper) return false;
            // Open options, lightest first: those the lower bound demands, then any that lower the sum.
            for (var i = 0; i < group.Variables.Length && chosen < group.Upper; i++)
            {
                if (fixedValues[group.Variables[i]] != -1) continue;
                if (chosen >= group.Lower && group.Weights[i] >= 0) break;
                chosen++;
                least += group.Weights[i];
            }
            if (chosen < group.Lower) return false;
        }
        return least <= _limit;
    }
}
