using Configurator.Catalog.Loading;

namespace Configurator.Orders.Routing;

/// <summary>Holds the routing rules in use; a failed reload keeps the last good rules, so a broken edit never stops orders from being routed.</summary>
public sealed class RoutingRulesStore(string rulesRoot, TimeProvider time) : LastGoodStore<RoutingRules, RoutingLoadResult>(
    rulesRoot, "No routing rules are loaded", RoutingRulesLoader.LoadAsync, result => (result.Rules, result.Errors), time);
