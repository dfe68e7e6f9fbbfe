using Configurator.Orders.Model;
using Configurator.Orders.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace Configurator.Orders.Workflow;

/// <summary>Schedules order steps as Quartz jobs in the persistent job store, one job per order and step.</summary>
public sealed partial class QuartzOrderStepScheduler(ISchedulerFactory schedulers, IOptionsMonitor<OrdersOptions> options, TimeProvider time,
    ILogger<QuartzOrderStepScheduler> logger) : IOrderStepScheduler
{
    public async Task ScheduleAsync(Order order, CancellationToken cancellationToken)
    {
        if (order.PendingStep is not { } step) return;
        var key = OrderStepJob.KeyFor(order.Id, step);
        try
        {
            var scheduler = await schedulers.GetScheduler(cancellationToken);
            var job = JobBuilder.Create<OrderStepJob>()
                .WithIdentity(key)
                .WithDescription($"{step} for order {order.Number}")
                .UsingJobData(OrderStepJob.OrderIdKey, order.Id.ToString())
                .UsingJobData(OrderStepJob.StepKey, step.ToString())
                .RequestRecovery()
                .Build();
            var trigger = TriggerBuilder.Create<OrderStepJob>(time)
                .WithIdentity(key.Name, key.Group)
                .ForJob(key)
                .StartNow()
                .WithPriority(PriorityOf(order.Routing.Priority))
                .WithRetryPolicy(RetryPolicyFor(options.CurrentValue))
                .Build();
            await scheduler.ScheduleJob(job, trigger, default, cancellationToken);
        }
        catch (ObjectAlreadyExistsException)
        {
            // Scheduled already (the reconcile job, another instance, an earlier call): one job is what we want.
            // Asking first would cost every new order a job store transaction on SQLite's single writer.
        }
        catch (SchedulerException e)
        {
            LogNotScheduled(e, order.Number.Value, step);
        }
    }

    /// <summary>Attempts in total become Quartz's retries after the first attempt.</summary>
    public static RetryPolicy RetryPolicyFor(OrdersOptions options) => options.MaxAttempts <= 1
        ? RetryPolicy.None
        : RetryPolicy.Exponential(options.MaxAttempts - 1, options.FirstRetryDelay, options.BackoffFactor, options.MaxRetryDelay, options.RetryJitter);

    private static int PriorityOf(OrderPriority priority) => priority switch
    {
        OrderPriority.High => 10,
        OrderPriority.Low => 1,
        _ => 5,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order {OrderNumber}: {Step} could not be scheduled now; the reconcile job will schedule it")]
    private partial void LogNotScheduled(Exception exception, string orderNumber, OrderStep step);
}
