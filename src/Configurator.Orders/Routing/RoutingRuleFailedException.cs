namespace Configurator.Orders.Routing;

/// <summary>A routing expression threw while it was evaluated; <see cref="RoutingRules.Decide"/> turns it into an error result.</summary>
internal sealed class RoutingRuleFailedException(string rule, Exception inner)
    : Exception($"Routing rule '{rule}' failed: {inner.Message}", inner);
