using Erp.Abstractions;

namespace Configurator.Orders.Routing;

/// <summary>
/// One compiled version of rules/routing: the first matching erp-target rule picks the ERP,
/// every matching approval rule adds a reason, the first matching priority rule sets the priority.
/// </summary>
public sealed class RoutingRules
{
    private readonly IReadOnlyList<CompiledRoutingRule<ErpTarget>> _targets;
    private readonly IReadOnlyList<CompiledRoutingRule<string>> _approvals;
    private readonly IReadOnlyList<CompiledRoutingRule<OrderPriority>> _priorities;

    internal RoutingRules(
        string version,
        IReadOnlyList<CompiledRoutingRule<ErpTarget>> targets,
        IReadOnlyList<CompiledRoutingRule<string>> approvals,
        IReadOnlyList<CompiledRoutingRule<OrderPriority>> priorities)
    {
        Version = version;
        _targets = targets;
        _approvals = approvals;
        _priorities = priorities;
    }

    /// <summary>Lower-case hex SHA-256 over the files of rules/routing, computed like a model version.</summary>
    public string Version { get; }

    public RoutingResult Decide(RoutingFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var order = new object[] { facts };
        try
        {
            var target = _targets.FirstOrDefault(r => r.Matches(order));
            if (target is null)
                return new RoutingResult(null,
                    $"No {RoutingWorkflows.ErpTarget} rule matches family '{facts.Family}' in region '{facts.Region}' (routing rules {Version[..12]}).");

            var approvals = _approvals.Where(r => r.Matches(order)).ToArray();
            var priority = _priorities.FirstOrDefault(r => r.Matches(order));
            string[] applied = [target.Applied, .. approvals.Select(r => r.Applied), .. priority is null ? [] : new[] { priority.Applied }];
            return new RoutingResult(new RoutingDecision(
                target.Outcome,
                approvals.Length > 0,
                approvals.Select(r => r.Outcome).ToArray(),
                priority?.Outcome ?? OrderPriority.Normal,
                applied), null);
        }
        catch (RoutingRuleFailedException e)
        {
            return new RoutingResult(null, $"{e.Message} (family '{facts.Family}', region '{facts.Region}').");
        }
    }
}
