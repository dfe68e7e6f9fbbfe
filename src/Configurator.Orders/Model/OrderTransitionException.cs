namespace Configurator.Orders.Model;

/// <summary>An order was asked to do what its workflow does not permit in its current state.</summary>
public sealed class OrderTransitionException(OrderState state, OrderTrigger trigger, IReadOnlyList<OrderTrigger> permitted)
    : InvalidOperationException($"An order in state {state} cannot {trigger}; it can {(permitted.Count == 0 ? "do nothing more" : string.Join(", ", permitted))}.")
{
    public OrderState State { get; } = state;
    public OrderTrigger Trigger { get; } = trigger;
    public IReadOnlyList<OrderTrigger> Permitted { get; } = permitted;
}
