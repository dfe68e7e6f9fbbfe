namespace Configurator.Crm.Analysis;

/// <summary>Where a customer is in its relationship with us, derived from its orders by quarter.</summary>
public enum LifecycleStage
{
    /// <summary>Never ordered.</summary>
    Prospect,

    /// <summary>First order recent: the relationship is being built.</summary>
    Development,

    /// <summary>Sales rising.</summary>
    Growth,

    /// <summary>Sales stable.</summary>
    Maturity,

    /// <summary>Sales falling.</summary>
    Decline,

    /// <summary>No order for a long time: a win-back candidate.</summary>
    Lapsed,
}
