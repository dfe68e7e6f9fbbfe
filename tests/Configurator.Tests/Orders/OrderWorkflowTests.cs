using Configurator.Orders.Model;
using Erp.Abstractions;

namespace Configurator.Tests.Orders;

public class OrderWorkflowTests
{
    private static readonly DateTimeOffset Later = OrderBuilder.PlacedAt.AddMinutes(5);

    [Fact]
    public void OrderWithoutApprovalGoesStraightToTheErp()
    {
        var order = OrderBuilder.Placed();

        order.State.ShouldBe(OrderState.SubmittingToErp);
        order.PendingStep.ShouldBe(OrderStep.SubmitToErp);
        order.Timeline.Select(e => e.Event).ShouldBe(["Placed", "Release"]);
        order.Timeline[1].From.ShouldBe(OrderState.Placed);
    }

    [Fact]
    public void OrderNeedingApprovalWaitsWithTheReasonOnItsTimeline()
    {
        var order = OrderBuilder.Placed(needsApproval: true);

        order.State.ShouldBe(OrderState.AwaitingApproval);
        order.PendingStep.ShouldBeNull();
        order.Timeline[^1].Comment.ShouldBe("Order value above the limit.");
        order.PermittedTriggers.ShouldBe([OrderTrigger.Approve, OrderTrigger.Reject, OrderTrigger.Cancel], ignoreOrder: true);
    }

    [Fact]
    public void ApprovalReleasesTheOrderToTheErpAndRecordsWhoApproved()
    {
        var order = OrderBuilder.Placed(needsApproval: true);

        order.Approve("user:manager", "Key account", Later);

        order.State.ShouldBe(OrderState.SubmittingToErp);
        var approval = order.Timeline.Single(e => e.Event == "Approve");
        (approval.Actor, approval.Comment, approval.At, approval.To).ShouldBe(("user:manager", "Key account", Later, OrderState.Approved));
    }

    [Fact]
    public void ApprovingAnOrderThatNeedsNoApprovalIsRefused()
    {
        var order = OrderBuilder.Placed();

        var refused = Should.Throw<OrderTransitionException>(() => order.Approve("user:manager", null, Later));

        refused.State.ShouldBe(OrderState.SubmittingToErp);
        refused.Trigger.ShouldBe(OrderTrigger.Approve);
        order.State.ShouldBe(OrderState.SubmittingToErp);
        order.Timeline.Count.ShouldBe(2);
    }

    [Fact]
    public void FailedAttemptsStayInTheStepAndTheLastOneNeedsAttentionWithItsError()
    {
        var order = OrderBuilder.Placed();

        order.RecordAttemptFailed(OrderStep.SubmitToErp, "Transient: 503", "job:submit-to-erp", 1, Later);
        order.GiveUp(OrderStep.SubmitToErp, "Transient: 503 again", "job:submit-to-erp", 2, Later);

        order.State.ShouldBe(OrderState.NeedsAttention);
        order.FailedStep.ShouldBe(OrderStep.SubmitToErp);
        order.LastError.ShouldBe("Transient: 503 again");
        order.Timeline[^2].ShouldBe(new TimelineEntry(3, Later, "SubmitToErp attempt failed", OrderState.SubmittingToErp, OrderState.SubmittingToErp,
            "job:submit-to-erp", 1, "Transient: 503"));
        order.Timeline[^1].Attempt.ShouldBe(2);
    }

    [Fact]
    public void RetryRunsTheStepThatGaveUpAgain()
    {
        var order = OrderBuilder.Accepted();
        order.Cancel("user:ops", "Customer called", Later);
        order.GiveUp(OrderStep.CancelInErp, "Transient: timeout", "job:cancel-in-erp", 8, Later);

        order.Retry("user:ops", null, Later);

        order.State.ShouldBe(OrderState.CancellingInErp);
        order.FailedStep.ShouldBeNull();
        order.LastError.ShouldBeNull();
    }

    [Fact]
    public void ErpStatusesMoveTheOrderForwardOnly()
    {
        var order = OrderBuilder.Accepted();

        order.ApplyErpStatus(new ErpOrderState("4711", ErpOrderStatus.InProduction, null), "erp:webhook", Later).ShouldBeTrue();
        order.ApplyErpStatus(new ErpOrderState("4711", ErpOrderStatus.Accepted, null), "erp:webhook", Later).ShouldBeFalse();
        order.ApplyErpStatus(new ErpOrderState("4711", ErpOrderStatus.InProduction, null), "job:erp-status-poll", Later).ShouldBeFalse();

        order.State.ShouldBe(OrderState.InProduction);
        order.Timeline.Count(e => e.Event == "ErpInProduction").ShouldBe(1);
    }

    [Fact]
    public void ShippedStraightAfterAcceptancePassesThroughProductionOnTheTimeline()
    {
        var order = OrderBuilder.Accepted();

        order.ApplyErpStatus(new ErpOrderState("4711", ErpOrderStatus.Shipped, null), "job:erp-status-poll", Later);

        order.State.ShouldBe(OrderState.Shipped);
        order.IsFinal.ShouldBeTrue();
        order.Timeline.TakeLast(2).Select(e => e.Event).ShouldBe(["ErpInProduction", "ErpShipped"]);
        order.PermittedTriggers.ShouldBeEmpty();
    }

    [Fact]
    public void AStatusForALostSubmissionRecordsTheAcceptanceFirst()
    {
        var order = OrderBuilder.Placed();
        order.GiveUp(OrderStep.SubmitToErp, "UnknownOutcome: connection reset", "job:submit-to-erp", 8, Later);

        order.ApplyErpStatus(new ErpOrderState("4711", ErpOrderStatus.InProduction, null), "erp:webhook", Later);

        order.State.ShouldBe(OrderState.InProduction);
        order.ErpOrderNumber.ShouldBe("4711");
        order.Timeline.TakeLast(2).Select(e => e.Event).ShouldBe(["ErpAccepted", "ErpInProduction"]);
    }

    [Fact]
    public void CancellingBeforeTheErpHasTheOrderIsImmediate()
    {
        var order = OrderBuilder.Placed(needsApproval: true);

        order.Cancel("user:customer", null, Later);

        order.State.ShouldBe(OrderState.Cancelled);
        order.PendingStep.ShouldBeNull();
    }

    [Fact]
    public void CancellingAnOrderTheErpHasAsksTheErp()
    {
        var order = OrderBuilder.Accepted();

        order.Cancel("user:customer", null, Later);

        order.State.ShouldBe(OrderState.CancellingInErp);
        order.PendingStep.ShouldBe(OrderStep.CancelInErp);
    }

    [Fact]
    public void ShippedOrdersCannotBeCancelled()
    {
        var order = OrderBuilder.Accepted();
        order.ApplyErpStatus(new ErpOrderState("4711", ErpOrderStatus.Shipped, null), "erp:webhook", Later);

        Should.Throw<OrderTransitionException>(() => order.Cancel("user:customer", null, Later)).Permitted.ShouldBeEmpty();
    }

    [Fact]
    public void DiagramIsMermaidWithEveryState()
    {
        var mermaid = OrderWorkflow.ToMermaid();

        mermaid.ShouldStartWith("stateDiagram-v2");
        foreach (var state in Enum.GetNames<OrderState>()) mermaid.ShouldContain(state);
        mermaid.ShouldContain("SubmittingToErp --> NeedsAttention : GiveUp");
    }
}
