using Erp.Abstractions;
using Stateless;

namespace Configurator.Orders.Model;

/// <summary>
/// A placed order: a frozen snapshot of what was configured, where it goes, and its workflow state.
/// State changes only through these methods, each permitted by <see cref="OrderWorkflow"/> or
/// refused with an <see cref="OrderTransitionException"/>, and each written to the timeline.
/// </summary>
public sealed class Order
{
    private readonly List<TimelineEntry> _timeline;
    private readonly StateMachine<OrderState, OrderTrigger> _machine;

    private Order(Guid id, OrderNumber number, PlacementKey? idempotency, OrderDetails details, OrderSnapshot snapshot,
        OrderRouting routing, DateTimeOffset placedAt, OrderState state, string? erpOrderNumber, OrderStep? failedStep,
        string? lastError, IEnumerable<TimelineEntry> timeline)
    {
        Id = id;
        Number = number;
        Idempotency = idempotency;
        Details = details;
        Snapshot = snapshot;
        Routing = routing;
        PlacedAt = placedAt;
        State = state;
        ErpOrderNumber = erpOrderNumber;
        FailedStep = failedStep;
        LastError = lastError;
        _timeline = [.. timeline];
        _machine = OrderWorkflow.Create(() => State, s => State = s, () => FailedStep);
        _machine.OnUnhandledTrigger((s, t) => throw new OrderTransitionException(s, t, PermittedTriggers));
    }

    public Guid Id { get; }
    public OrderNumber Number { get; }
    /// <summary>The client's Idempotency-Key and a fingerprint of its request, when it sent one.</summary>
    public PlacementKey? Idempotency { get; }
    public OrderDetails Details { get; }
    public OrderSnapshot Snapshot { get; }
    public OrderRouting Routing { get; }
    public DateTimeOffset PlacedAt { get; }
    public OrderState State { get; private set; }
    public string? ErpOrderNumber { get; private set; }

    /// <summary>The step that ran out of attempts, while the order needs attention.</summary>
    public OrderStep? FailedStep { get; private set; }

    public string? LastError { get; private set; }
    public IReadOnlyList<TimelineEntry> Timeline => _timeline;
    public bool IsFinal => OrderWorkflow.Final.Contains(State);

    /// <summary>The step a job must run now, if any.</summary>
    public OrderStep? PendingStep => State switch
    {
        OrderState.SubmittingToErp => OrderStep.SubmitToErp,
        OrderState.CancellingInErp => OrderStep.CancelInErp,
        _ => null,
    };

    public IReadOnlyList<OrderTrigger> PermittedTriggers => [.. Enum.GetValues<OrderTrigger>().Where(_machine.CanFire)];

    public bool CanFire(OrderTrigger trigger) => _machine.CanFire(trigger);

    /// <summary>Places an order and routes it: to approval, or straight on to the ERP.</summary>
    public static Order Place(Guid id, OrderNumber number, PlacementKey? idempotency, OrderDetails details, OrderSnapshot snapshot,
        OrderRouting routing, string actor, DateTimeOffset at)
    {
        var order = new Order(id, number, idempotency, details, snapshot, routing, at, OrderState.Placed, null, null, null, []);
        order.Append(at, "Placed", null, actor);
        if (routing.NeedsApproval)
            order.Fire(OrderTrigger.RequireApproval, actor, at, comment: string.Join(" ", routing.ApprovalReasons));
        else
            order.Fire(OrderTrigger.Release, actor, at);
        return order;
    }

    /// <summary>Rebuilds a stored order; no rule runs and nothing is added to the timeline.</summary>
    public static Order Restore(Guid id, OrderNumber number, PlacementKey? idempotency, OrderDetails details, OrderSnapshot snapshot,
        OrderRouting routing, DateTimeOffset placedAt, OrderState state, string? erpOrderNumber, OrderStep? failedStep,
        string? lastError, IEnumerable<TimelineEntry> timeline) =>
        new(id, number, idempotency, details, snapshot, routing, placedAt, state, erpOrderNumber, failedStep, lastError, timeline);

    public void Approve(string actor, string? comment, DateTimeOffset at)
    {
        Fire(OrderTrigger.Approve, actor, at, comment: comment);
        Fire(OrderTrigger.Release, actor, at);
    }

    public void Reject(string actor, string? comment, DateTimeOffset at) => Fire(OrderTrigger.Reject, actor, at, comment: comment);

    /// <summary>Cancels before the ERP has the order, or asks the ERP to cancel it.</summary>
    public void Cancel(string actor, string? comment, DateTimeOffset at) => Fire(OrderTrigger.Cancel, actor, at, comment: comment);

    /// <summary>Runs the step that gave up again, with fresh attempts.</summary>
    public void Retry(string actor, string? comment, DateTimeOffset at)
    {
        Fire(OrderTrigger.Retry, actor, at, comment: comment);
        FailedStep = null;
        LastError = null;
    }

    public void RecordErpAccepted(string erpOrderNumber, bool alreadyExisted, string actor, int? attempt, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(erpOrderNumber);
        Fire(OrderTrigger.ErpAccepted, actor, at, attempt,
            comment: alreadyExisted ? $"ERP order {erpOrderNumber} found by our reference (an earlier attempt had landed)" : $"ERP order {erpOrderNumber}");
        ErpOrderNumber = erpOrderNumber;
        FailedStep = null;
        LastError = null;
    }

    public void RecordErpRejected(string error, string actor, int attempt, DateTimeOffset at)
    {
        LastError = error;
        Fire(OrderTrigger.ErpRejected, actor, at, attempt, error);
    }

    /// <summary>A step attempt failed and will be tried again; the state stays.</summary>
    public void RecordAttemptFailed(OrderStep step, string error, string actor, int attempt, DateTimeOffset at)
    {
        if (PendingStep != step) throw new OrderTransitionException(State, OrderTrigger.GiveUp, PermittedTriggers);
        LastError = error;
        Append(at, $"{step} attempt failed", State, actor, attempt, error);
    }

    /// <summary>A step ran out of attempts: the order waits for operations.</summary>
    public void GiveUp(OrderStep step, string error, string actor, int attempt, DateTimeOffset at)
    {
        if (PendingStep != step) throw new OrderTransitionException(State, OrderTrigger.GiveUp, PermittedTriggers);
        Fire(OrderTrigger.GiveUp, actor, at, attempt, error);
        FailedStep = step;
        LastError = error;
    }

    public void RecordErpCancelled(string actor, DateTimeOffset at, string? comment = null) => Fire(OrderTrigger.ErpCancelled, actor, at, comment: comment);

    /// <summary>
    /// Applies a status the ERP reports (polled or pushed). ERP statuses only move an order forward:
    /// one the order has already passed, or one it cannot take in its state, changes nothing and
    /// returns false. A lost submission that the ERP reports is first recorded as accepted.
    /// </summary>
    public bool ApplyErpStatus(ErpOrderState status, string actor, DateTimeOffset at)
    {
        var changed = false;
        if (status.Status != ErpOrderStatus.Rejected && CanFire(OrderTrigger.ErpAccepted))
        {
            RecordErpAccepted(status.ErpOrderNumber, alreadyExisted: true, actor, null, at);
            changed = true;
        }
        var trigger = status.Status switch
        {
            ErpOrderStatus.InProduction => OrderTrigger.ErpInProduction,
            ErpOrderStatus.Shipped => OrderTrigger.ErpShipped,
            ErpOrderStatus.Cancelled => OrderTrigger.ErpCancelled,
            ErpOrderStatus.Rejected => OrderTrigger.ErpRejected,
            _ => (OrderTrigger?)null,
        };
        // Shipped straight from Accepted passes production: record both, so the timeline reads in order.
        if (trigger == OrderTrigger.ErpShipped && CanFire(OrderTrigger.ErpInProduction))
        {
            Fire(OrderTrigger.ErpInProduction, actor, at);
            changed = true;
        }
        if (trigger is { } t && CanFire(t))
        {
            Fire(t, actor, at, comment: status.Detail);
            changed = true;
        }
        return changed;
    }

    private void Fire(OrderTrigger trigger, string actor, DateTimeOffset at, int? attempt = null, string? error = null, string? comment = null)
    {
        var from = State;
        _machine.Fire(trigger);
        Append(at, trigger.ToString(), from, actor, attempt, error, comment);
    }

    private void Append(DateTimeOffset at, string what, OrderState? from, string actor, int? attempt = null, string? error = null, string? comment = null) =>
        _timeline.Add(new TimelineEntry(_timeline.Count + 1, at, what, from, State, actor, attempt, error, comment));
}
