using Configurator.Orders.Model;

namespace Configurator.Orders.Workflow;

/// <summary>Hands an order's pending step (if any) to a durable job.</summary>
public interface IOrderStepScheduler
{
    /// <summary>Schedules the step unless a job for it exists already; a failure to schedule is logged, and the reconcile job repairs it.</summary>
    Task ScheduleAsync(Order order, CancellationToken cancellationToken);
}
