using Configurator.Orders.Model;
using Quartz;

namespace Configurator.Orders.Workflow;

/// <summary>
/// The Quartz job that runs one order step. Its trigger carries the retry policy (exponential
/// backoff with jitter, bounded attempts), stored with the job in the database; throwing asks
/// Quartz for the next attempt. The last attempt never throws: the runner parks the order instead.
/// </summary>
public sealed class OrderStepJob(OrderStepRunner runner) : IJob
{
    public const string Group = "order-steps";
    public const string OrderIdKey = "orderId";
    public const string StepKey = "step";

    public static JobKey KeyFor(Guid orderId, OrderStep step) => new($"{orderId:N}/{step}", Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var data = context.MergedJobDataMap;
        var orderId = Guid.Parse(data.GetString(OrderIdKey)!);
        var step = Enum.Parse<OrderStep>(data.GetString(StepKey)!);
        var lastAttempt = context.RetryAttempt >= (context.RetryPolicy ?? RetryPolicy.None).MaxAttempts;
        var outcome = await runner.RunAsync(orderId, step, context.RetryAttempt + 1, lastAttempt, cancellationToken);
        if (outcome == StepOutcome.TryAgain)
            throw new JobExecutionException($"Order {orderId}: {step} attempt {context.RetryAttempt + 1} failed; Quartz retries it.");
    }
}
