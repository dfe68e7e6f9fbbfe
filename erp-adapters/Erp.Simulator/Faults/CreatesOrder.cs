namespace Erp.Simulator.Faults;

/// <summary>Endpoint metadata: this endpoint creates an order, so drop-after-commit applies to it.</summary>
public sealed class CreatesOrder
{
    public static readonly CreatesOrder Marker = new();
}
