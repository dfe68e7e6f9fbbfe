namespace Configurator.Crm.Preferences;

/// <summary>What happened to the usual configuration on its way through the current model.</summary>
public enum RepairKind
{
    /// <summary>A usual pick left out, with nothing in its place.</summary>
    Dropped,
    /// <summary>A usual pick left out, and the cheapest completion filled its group with another option.</summary>
    Replaced,
    /// <summary>An option the customer has no habit for, added by the cheapest completion.</summary>
    Added,
}
