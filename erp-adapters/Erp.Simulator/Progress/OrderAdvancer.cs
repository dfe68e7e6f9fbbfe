using Erp.Simulator.Options;
using Microsoft.Extensions.Options;

namespace Erp.Simulator.Progress;

/// <summary>The background loop that moves orders on, so webhooks go out even when nobody reads.</summary>
public sealed class OrderAdvancer(OrderLifecycle lifecycle, IOptions<SimulatorOptions> options,
    ILogger<OrderAdvancer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The pace is real time on purpose: order ages come from the injected clock, which a test may hold still.
        using var timer = new PeriodicTimer(options.Value.AdvanceInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                lifecycle.AdvanceAll();
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A storage hiccup must not end the loop: the next tick tries again.
                logger.LogError(ex, "Advancing the stored orders failed");
            }
        }
    }
}
