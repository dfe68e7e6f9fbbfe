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
