namespace Configurator.Orders.Routing;

/// <summary>How urgently an order is worked; without a matching priority rule an order is <see cref="Normal"/>.</summary>
public enum OrderPriority
{
    Low,
    Normal,
    High,
}
