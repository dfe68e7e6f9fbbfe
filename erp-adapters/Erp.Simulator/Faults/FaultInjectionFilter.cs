using Erp.Simulator.Http;

namespace Erp.Simulator.Faults;

/// <summary>
/// Applies the fault settings to one ERP endpoint: latency first, then at most one fault, answered in the
/// vendor's error shape. Drop-after-commit lets a create store its order and then cuts the connection.
/// </summary>
public sealed class FaultInjectionFilter(FaultSettings settings, SimulatorStats stats, IHostApplicationLifetime lifetime,
    VendorErrors errors) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var createsOrder = http.GetEndpoint()?.Metadata.GetMetadata<CreatesOrder>() is not null;
        var roll = settings.Roll(createsOrder);
        if (roll.Latency > TimeSpan.Zero) await Task.Delay(roll.Latency, http.RequestAborted);

        switch (roll.Kind)
        {
            case FaultKind.InternalServerError or FaultKind.ServiceUnavailable:
                stats.Injected5xx();
                var status = roll.Kind == FaultKind.InternalServerError ? StatusCodes.Status500InternalServerError : StatusCodes.Status503ServiceUnavailable;
                return errors.Error(status, "injected server error");
            case FaultKind.Throttle:
                stats.Throttled();
                http.Response.Headers.RetryAfter = "1";
                return errors.Error(StatusCodes.Status429TooManyRequests, "too many requests, retry after 1 second");
            case FaultKind.Timeout:
                stats.TimedOut();
                return await HangAsync(http, roll.TimeoutDelay);
        }

        stats.Served();
        var result = await next(context);
        if (!IsCreated(result)) return result;
        stats.Created();
        if (roll.Kind != FaultKind.DropAfterCommit) return result;
        stats.Dropped();
        return AbortConnectionResult.Instance;
    }

    private async Task<object?> HangAsync(HttpContext http, TimeSpan delay)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
        try
        {
            await Task.Delay(delay, stop.Token);
        }
        catch (OperationCanceledException)
        {
            // The client gave up or the simulator stops: nobody waits for an answer any more.
            return AbortConnectionResult.Instance;
        }
        return errors.Error(StatusCodes.Status504GatewayTimeout, "the request timed out");
    }

    private static bool IsCreated(object? result)
    {
        while (result is INestedHttpResult nested) result = nested.Result;
        return result is IStatusCodeHttpResult { StatusCode: StatusCodes.Status201Created };
    }
}
