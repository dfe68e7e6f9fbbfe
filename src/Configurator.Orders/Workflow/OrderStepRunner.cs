using Configurator.Orders.ErpSync;
using Configurator.Orders.Model;
using Erp.Abstractions;
using Microsoft.Extensions.Logging;

namespace Configurator.Orders.Workflow;

/// <summary>
/// One attempt of an order's step against its ERP. Every attempt is safe to repeat: submission looks
/// the order up by our reference before creating it, and cancelling reads the ERP's status first.
/// Each outcome is written to the order's timeline with the attempt number.
/// </summary>
public sealed partial class OrderStepRunner(IOrderRepository orders, ErpAdapters adapters, TimeProvider time, ILogger<OrderStepRunner> logger)
{
    public static string ActorOf(OrderStep step) => step == OrderStep.SubmitToErp ? "job:submit-to-erp" : "job:cancel-in-erp";

    public async Task<StepOutcome> RunAsync(Guid orderId, OrderStep step, int attempt, bool lastAttempt, CancellationToken cancellationToken)
    {
        var order = await orders.FindAsync(orderId, cancellationToken);
        if (order is null || order.PendingStep != step) return StepOutcome.Done;
        var actor = ActorOf(step);
        try
        {
            var target = order.Routing.Target;
            var adapter = adapters.For(target);
            if (step == OrderStep.SubmitToErp)
            {
                var submission = await adapter.SubmitAsync(ErpOrderMapper.ToErp(order), cancellationToken);
                await Update(orderId, o =>
                {
                    if (o.CanFire(OrderTrigger.ErpAccepted)) o.RecordErpAccepted(submission.ErpOrderNumber, submission.AlreadyExisted, actor, attempt, Now);
                }, cancellationToken);
            }
            else
            {
                await CancelAsync(orderId, adapter, target, order.Number.Value, actor, cancellationToken);
            }
            return StepOutcome.Done;
        }
        catch (ErpException e) when (e.Kind == ErpErrorKind.Rejected)
        {
            LogRejected(order.Number.Value, step, e.Message);
            await Update(orderId, o =>
            {
                if (o.PendingStep != step) return;
                if (step == OrderStep.SubmitToErp) o.RecordErpRejected(e.Message, actor, attempt, Now);
                else o.GiveUp(step, e.Message, actor, attempt, Now);
            }, cancellationToken);
            return StepOutcome.Done;
        }
        catch (Exception e) when (IsRetryable(e, cancellationToken))
        {
            var error = Describe(e);
            LogAttemptFailed(order.Number.Value, step, attempt, error);
            await Update(orderId, o =>
            {
                if (o.PendingStep != step) return;
                if (lastAttempt) o.GiveUp(step, error, actor, attempt, Now);
                else o.RecordAttemptFailed(step, error, actor, attempt, Now);
            }, cancellationToken);
            return lastAttempt ? StepOutcome.Done : StepOutcome.TryAgain;
        }
    }

    private async Task CancelAsync(Guid orderId, IErpAdapter adapter, ErpTarget target, string reference, string actor, CancellationToken cancellationToken)
    {
        var status = await adapter.GetStatusAsync(target, reference, cancellationToken);
        if (status is null)
        {
            await Update(orderId, o => o.RecordErpCancelled(actor, Now, "The ERP has no order with this reference."), cancellationToken);
            return;
        }
        // Too late to cancel, or cancelled already: the ERP's status decides.
        if (status.Status is ErpOrderStatus.Shipped or ErpOrderStatus.Cancelled)
        {
            await Update(orderId, o => o.ApplyErpStatus(status, actor, Now), cancellationToken);
            return;
        }
        await adapter.CancelAsync(target, reference, cancellationToken);
        await Update(orderId, o => o.RecordErpCancelled(actor, Now, $"ERP order {status.ErpOrderNumber} cancelled."), cancellationToken);
    }

    private DateTimeOffset Now => time.GetUtcNow();

    private Task Update(Guid orderId, Action<Order> change, CancellationToken cancellationToken) => orders.UpdateAsync(orderId, change, cancellationToken);

    private static bool IsRetryable(Exception e, CancellationToken cancellationToken) =>
        e is ErpException or HttpRequestException or TimeoutException
        || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested);

    private static string Describe(Exception e) => e is ErpException erp ? $"{erp.Kind}: {erp.Message}" : $"{e.GetType().Name}: {e.Message}";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order {OrderNumber}: {Step} was rejected by the ERP: {Error}")]
    private partial void LogRejected(string orderNumber, OrderStep step, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Order {OrderNumber}: {Step} attempt {Attempt} failed: {Error}")]
    private partial void LogAttemptFailed(string orderNumber, OrderStep step, int attempt, string error);
}
