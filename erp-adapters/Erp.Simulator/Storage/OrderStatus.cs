namespace Erp.Simulator.Storage;

/// <summary>Where an order stands; the declared order is the order of progress, Cancelled ends it.</summary>
public enum OrderStatus
{
    Accepted,
    InProduction,
    Shipped,
    Cancelled,
}
