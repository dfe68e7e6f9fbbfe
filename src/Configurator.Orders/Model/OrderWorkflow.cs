using Stateless;
using Stateless.Graph;

namespace Configurator.Orders.Model;

/// <summary>
/// The order's state machine, in one place: which trigger is permitted in which state and where it
/// leads. Orders run it over their own state; the API asks it what is permitted now, and it draws itself.
/// </summary>
public static class OrderWorkflow
{
    public static readonly IReadOnlySet<OrderState> Final = new HashSet<OrderState> { OrderState.Shipped, OrderState.Rejected, OrderState.Cancelled };

    public static StateMachine<OrderState, OrderTrigger> Create(Func<OrderState> read, Action<OrderState> write, Func<OrderStep?> failedStep)
    {
        var machine = new StateMachine<OrderState, OrderTrigger>(read, write);
        machine.Configure(OrderState.Placed)
            .Permit(OrderTrigger.RequireApproval, OrderState.AwaitingApproval)
            .Permit(OrderTrigger.Release, OrderState.SubmittingToErp)
            .Permit(OrderTrigger.Cancel, OrderState.Cancelled);
        machine.Configure(OrderState.AwaitingApproval)
            .Permit(OrderTrigger.Approve, OrderState.Approved)
            .Permit(OrderTrigger.Reject, OrderState.Rejected)
            .Permit(OrderTrigger.Cancel, OrderState.Cancelled);
        machine.Configure(OrderState.Approved)
            .Permit(OrderTrigger.Release, OrderState.SubmittingToErp)
            .Permit(OrderTrigger.Cancel, OrderState.Cancelled);
        machine.Configure(OrderState.SubmittingToErp)
            .Permit(OrderTrigger.ErpAccepted, OrderState.AcceptedByErp)
            .Permit(OrderTrigger.ErpRejected, OrderState.Rejected)
            .Permit(OrderTrigger.GiveUp, OrderState.NeedsAttention);
        machine.Configure(OrderState.AcceptedByErp)
            .Permit(OrderTrigger.ErpInProduction, OrderState.InProduction)
            .Permit(OrderTrigger.ErpShipped, OrderState.Shipped)
            .Permit(OrderTrigger.ErpCancelled, OrderState.Cancelled)
            .Permit(OrderTrigger.Cancel, OrderState.CancellingInErp);
        machine.Configure(OrderState.InProduction)
            .Permit(OrderTrigger.ErpShipped, OrderState.Shipped)
            .Permit(OrderTrigger.ErpCancelled, OrderState.Cancelled);
        machine.Configure(OrderState.NeedsAttention)
            // A lost submission can turn out to have landed: the ERP's status says so.
            .Permit(OrderTrigger.ErpAccepted, OrderState.AcceptedByErp)
            .PermitDynamic(OrderTrigger.Retry,
                () => failedStep() == OrderStep.CancelInErp ? OrderState.CancellingInErp : OrderState.SubmittingToErp,
                "the step that gave up",
                new Stateless.Reflection.DynamicStateInfos
                {
                    { OrderState.SubmittingToErp, "submission gave up" },
                    { OrderState.CancellingInErp, "cancelling gave up" },
                })
            .Permit(OrderTrigger.Cancel, OrderState.CancellingInErp);
        machine.Configure(OrderState.CancellingInErp)
            .Permit(OrderTrigger.ErpCancelled, OrderState.Cancelled)
            .Permit(OrderTrigger.ErpShipped, OrderState.Shipped)
            .Permit(OrderTrigger.GiveUp, OrderState.NeedsAttention);
        return machine;
    }

    /// <summary>The state machine as a Mermaid state diagram.</summary>
    public static string ToMermaid()
    {
        var state = OrderState.Placed;
        var machine = Create(() => state, s => state = s, () => null);
        return MermaidGraph.Format(machine.GetInfo());
    }
}
