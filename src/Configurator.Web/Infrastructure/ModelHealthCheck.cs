using Configurator.Catalog.Loading;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Configurator.Web.Infrastructure;

/// <summary>Healthy with a model loaded; degraded when the latest reload failed and an older model is served.</summary>
internal sealed class ModelHealthCheck(ProductModelStore store) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = store.Status;
        return Task.FromResult(status switch
        {
            { Model: null } => HealthCheckResult.Unhealthy("No product model is loaded."),
            { Errors.Count: > 0 } => HealthCheckResult.Degraded($"Serving model {status.Model.Version}; the latest reload failed."),
            _ => HealthCheckResult.Healthy($"Serving model {status.Model.Version}."),
        });
    }
}
