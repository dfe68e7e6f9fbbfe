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
        var previous = fixedValues[variable];
        fixedValues[variable] = value ? (sbyte)1 : (sbyte)0;
        try { return !Allows(fixedValues); }
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

/// <summary>A logical rule (requires, excludes, a group's cardinality), compiled into its own small diagram.</summary>
internal sealed record DiagramRuleCheck(string RuleId, string Message, int[] Variables, DecisionDiagram Diagram)
    : RuleCheck(RuleId, Message, Variables)
{
    public override bool Allows(sbyte[] fixedValues) => Diagram.IsSatisfiable(fixedValues);
}

/// <summary>
/// A resource sum. Its groups are independent given their cardinality, so the least net use
/// (use minus capacity) is the sum of each group's least: exact, and linear in the options.
/// </summary>
internal sealed record ResourceRuleCheck(string RuleId, string Message, int[] Variables, ResourceRuleCheck.Group[] Groups, long Limit)
    : RuleCheck(RuleId, Message, Variables)
{
    /// <summary>A group's options (all of them, weight 0 where they use nothing) and its cardinality.</summary>
    internal sealed record Group(int[] Variables, long[] Weights, int Lower, int Upper);

    public override bool Allows(sbyte[] fixedValues)
    {
        long least = 0;
        var largest = Groups.Max(g => g.Variables.Length);
        Span<long> free = largest <= 64 ? stackalloc long[64] : new long[largest];
        foreach (var group in Groups)
        {
            var chosen = 0;
            var freeCount = 0;
            for (var i = 0; i < group.Variables.Length; i++)
            {
                switch (fixedValues[group.Variables[i]])
                {
                    case 1: chosen++; least += group.Weights[i]; break;
                    case -1: free[freeCount++] = group.Weights[i]; break;
                }
            }
            if (chosen > group.Upper) return false;
            var open = free[..freeCount];
            open.Sort();
            // Take what the lower bound demands, cheapest first, then any that lower the sum, up to the upper bound.
            var i2 = 0;
            for (; i2 < open.Length && chosen < group.Lower; i2++, chosen++) least += open[i2];
            if (chosen < group.Lower) return false;
            for (; i2 < open.Length && chosen < group.Upper && open[i2] < 0; i2++, chosen++) least += open[i2];
        }
        return least <= Limit;
    }
}
