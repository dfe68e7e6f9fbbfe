using Erp.Simulator.Options;

namespace Erp.Simulator.Faults;

/// <summary>
/// Puts the configured faults in front of the ERP endpoints: latency first, then a roll for a server
/// error, a throttle or a hang (nothing is done), or, for creates, a response dropped after the order is stored.
/// </summary>
public sealed class FaultFilter(Func<int, string, string, IResult> error) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var injector = http.RequestServices.GetRequiredService<FaultInjector>();
        var stats = http.RequestServices.GetRequiredService<SimulatorStats>();
        var faults = injector.Current;
        if (faults.LatencyMs > 0) await Task.Delay(faults.LatencyMs, http.RequestAborted);

        switch (injector.Roll(isCreate: HttpMethods.IsPost(http.Request.Method)))
        {
            case Fault.ServerError:
                stats.Injected5xx();
                return error(Random.Shared.Next(2) == 0 ? 500 : 503, "Simulator/InjectedFault", "The ERP simulator injected a server error.");
            case Fault.Throttle:
                stats.Throttled();
                http.Response.Headers.RetryAfter = "1";
                return error(429, "Simulator/Throttled", "Too many requests; the ERP simulator throttled this one.");
            case Fault.Timeout:
                stats.TimedOut();
                await HangAsync(faults, http.RequestAborted);
                return error(504, "Simulator/Timeout", "The ERP simulator let this request time out.");
            case Fault.DropAfterCommit:
                var result = await next(context);
                stats.Dropped();
                http.Abort();
                return result;
            default:
                stats.Served();
                return await next(context);
        }
    }

    private static async Task HangAsync(FaultOptions faults, CancellationToken aborted)
    {
        try
        {
            await Task.Delay(faults.TimeoutDelay, aborted);
        }
        catch (OperationCanceledException)
        {
            // The client gave up first, as it should.
        }
    }
}
