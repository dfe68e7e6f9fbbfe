using Configurator.Catalog.Loading;

namespace Configurator.Orders.Routing;

/// <summary>Either routing rules ready to use, or every error found (broken rules are never half-loaded).</summary>
public sealed record RoutingLoadResult(RoutingRules? Rules, IReadOnlyList<ModelError> Errors)
{
    public bool Succeeded => Rules is not null;
}
