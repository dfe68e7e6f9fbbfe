// Temporary: the routing helper's public shapes, replaced when the routing branch merges.
using Erp.Abstractions;

namespace Configurator.Orders.Routing;

public sealed record RoutingFacts(string Family, string Region, string ShipToCountry, string Segment, decimal OrderValue,
    string Currency, int Quantity, decimal DiscountPercent, decimal RepDiscountAuthorityPercent, bool CustomerOnCreditHold, string CustomerNumber);

public enum OrderPriority { Low, Normal, High }

public sealed record RoutingDecision(ErpTarget Target, bool NeedsApproval, IReadOnlyList<string> ApprovalReasons, OrderPriority Priority, IReadOnlyList<string> RulesApplied);

public sealed record RoutingResult(RoutingDecision? Decision, string? Error);

public sealed class RoutingRules
{
    public string Version { get; } = "";
    public RoutingResult Decide(RoutingFacts facts) => throw new NotImplementedException();
}

public sealed class RoutingRulesStore(string rulesRoot, TimeProvider time)
{
    public string RulesRoot { get; } = rulesRoot;
    public TimeProvider Time { get; } = time;
    public RoutingRules Current => throw new NotImplementedException();
}
