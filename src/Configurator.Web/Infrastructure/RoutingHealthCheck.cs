using Configurator.Orders.Routing;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Configurator.Web.Infrastructure;

/// <summary>Healthy with routing rules loaded; degraded when the latest reload failed and older rules route orders.</summary>
internal sealed class RoutingHealthCheck(RoutingRulesStore store) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = store.Status;
        return Task.FromResult(status switch
        {
            { Rules: null } => HealthCheckResult.Unhealthy("No routing rules are loaded."),
            { Errors.Count: > 0 } => HealthCheckResult.Degraded($"Routing with rules {status.Rules.Version}; the latest reload failed."),
            _ => HealthCheckResult.Healthy($"Routing with rules {status.Rules.Version}."),
        });
    }
}
