using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace Erp.Http;

public static class ErpResilience
{
    /// <summary>
    /// The standard resilience handler tuned from <typeparamref name="TOptions"/>: attempt and total timeouts,
    /// jittered exponential retries of safe methods only, and a circuit breaker. A POST is never repeated here:
    /// when its answer is lost, the workflow looks the order up before deciding to send it again.
    /// </summary>
    public static IHttpClientBuilder AddErpResilience<TOptions>(this IHttpClientBuilder builder) where TOptions : ErpHttpOptions
    {
        builder.AddStandardResilienceHandler().Configure((resilience, services) =>
            Apply(services.GetRequiredService<IOptions<TOptions>>().Value, resilience));
        return builder;
    }

    public static void Apply(ErpHttpOptions options, HttpStandardResilienceOptions resilience)
    {
        resilience.AttemptTimeout.Timeout = options.AttemptTimeout;
        resilience.TotalRequestTimeout.Timeout = options.TotalTimeout;

        resilience.Retry.MaxRetryAttempts = options.MaxRetryAttempts;
        resilience.Retry.Delay = options.RetryBaseDelay;
        resilience.Retry.BackoffType = Polly.DelayBackoffType.Exponential;
        resilience.Retry.UseJitter = true;
        resilience.Retry.DisableForUnsafeHttpMethods();

        resilience.CircuitBreaker.FailureRatio = options.CircuitBreakerFailureRatio;
        resilience.CircuitBreaker.MinimumThroughput = options.CircuitBreakerMinimumThroughput;
        resilience.CircuitBreaker.SamplingDuration = options.CircuitBreakerSamplingDuration;
        resilience.CircuitBreaker.BreakDuration = options.CircuitBreakerBreakDuration;
    }
}
