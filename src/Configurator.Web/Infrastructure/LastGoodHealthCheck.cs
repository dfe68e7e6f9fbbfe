using Configurator.Catalog.Loading;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Configurator.Web.Infrastructure;

/// <summary>Healthy with a value loaded; degraded when the latest reload failed and the last good value is still in use; unhealthy with none.</summary>
/// <param name="inUse">Says what is in use, e.g. "Serving model 3f…".</param>
internal sealed class LastGoodHealthCheck<T>(Func<LastGoodStatus<T>> status, string nothingLoaded, Func<T, string> inUse) : IHealthCheck
    where T : class
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var current = status();
        return Task.FromResult(current switch
        {
            { Value: null } => HealthCheckResult.Unhealthy(nothingLoaded),
            { Errors.Count: > 0 } => HealthCheckResult.Degraded($"{inUse(current.Value)}; the latest reload failed."),
            _ => HealthCheckResult.Healthy($"{inUse(current.Value)}."),
        });
    }
}

internal static class LastGoodHealthCheckExtensions
{
    public static IHealthChecksBuilder AddLastGoodCheck<T>(this IHealthChecksBuilder builder, string name,
        Func<IServiceProvider, LastGoodStatus<T>> status, string nothingLoaded, Func<T, string> inUse) where T : class =>
        builder.Add(new HealthCheckRegistration(name,
            sp => new LastGoodHealthCheck<T>(() => status(sp), nothingLoaded, inUse), failureStatus: null, tags: null));
}
