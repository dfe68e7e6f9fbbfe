namespace Configurator.Orders.Routing;

/// <summary>A decision, or why the order cannot be routed (no ERP target rule matches, or a rule failed).</summary>
public sealed record RoutingResult(RoutingDecision? Decision, string? Error);
