using Erp.Simulator.Options;
using Erp.Simulator.Storage;

namespace Erp.Simulator.Progress;

/// <summary>Moves orders on by age: in production after InProductionAfter, shipped after ShippedAfter (both from creation).</summary>
public sealed class OrderProgress(IOrderStore store, OrderEvents events, SimulatorOptions options, TimeProvider time) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.AdvanceInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken)) Advance();
    }

    /// <summary>One pass over the open orders; public so tests with a manual clock can drive it.</summary>
    public void Advance()
    {
        var now = time.GetUtcNow();
        foreach (var order in store.All())
        {
            if (order.Status is OrderStatus.Shipped or OrderStatus.Cancelled) continue;
            var age = now - order.CreatedAt;
            var due = age >= options.ShippedAfter ? OrderStatus.Shipped : age >= options.InProductionAfter ? OrderStatus.InProduction : OrderStatus.Accepted;
            if (due <= order.Status) continue;
            var moved = order with { Status = due, ModifiedAt = now };
            if (store.Update(moved)) events.Publish(moved, now);
        }
    }
}
