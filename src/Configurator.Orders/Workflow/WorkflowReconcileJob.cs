using Configurator.Orders.Model;
using Quartz;

namespace Configurator.Orders.Workflow;

/// <summary>
/// Makes sure every order waiting for a step has a job for it. An order is saved before its job is
/// scheduled, so a crash in between would otherwise leave it waiting forever.
/// </summary>
[DisallowConcurrentExecution]
public sealed class WorkflowReconcileJob(IOrderRepository orders, IOrderStepScheduler steps) : IJob
{
    public static readonly JobKey Key = new("workflow-reconcile", "order-workflow");

    private static readonly OrderState[] Waiting = [OrderState.SubmittingToErp, OrderState.CancellingInErp];

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        foreach (var summary in await orders.ListAsync(Waiting, 10_000, cancellationToken))
        {
            var step = summary.State == OrderState.CancellingInErp ? OrderStep.CancelInErp : OrderStep.SubmitToErp;
            if (await context.Scheduler.Exists(OrderStepJob.KeyFor(summary.Id, step), cancellationToken)) continue;
            if (await orders.FindAsync(summary.Id, cancellationToken) is { } order) await steps.ScheduleAsync(order, cancellationToken);
        }
    }
}
