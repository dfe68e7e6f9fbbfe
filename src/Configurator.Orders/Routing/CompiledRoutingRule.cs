namespace Configurator.Orders.Routing;

/// <summary>A routing rule compiled once per rules version, with what it decides when it matches.</summary>
internal sealed record CompiledRoutingRule<TOutcome>(string Workflow, string Name, Func<object[], bool> Expression, TOutcome Outcome)
{
    public string Applied => $"{Workflow}/{Name}";

    /// <summary>Evaluates the rule; a rule that throws on real facts is reported, naming the rule, instead of escaping.</summary>
    public bool Matches(object[] order)
    {
        try
        {
            return Expression(order);
        }
        catch (Exception e) when (e is ArithmeticException or NullReferenceException or InvalidCastException
                                      or InvalidOperationException or ArgumentException or FormatException or IndexOutOfRangeException)
        {
            throw new RoutingRuleFailedException(Applied, e);
        }
    }
}
