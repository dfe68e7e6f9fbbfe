namespace Erp.Simulator.Storage;

/// <summary>The two ERP APIs the simulator speaks; the wire names are those of the webhook.</summary>
public enum ErpSystem
{
    SapS4,
    BusinessCentral,
}

public static class ErpSystemNames
{
    public static string WireName(this ErpSystem system) => system switch
    {
        ErpSystem.SapS4 => "sap-s4",
        ErpSystem.BusinessCentral => "business-central",
        _ => throw new ArgumentOutOfRangeException(nameof(system), system, null),
    };
}
