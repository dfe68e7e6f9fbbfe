namespace Configurator.Crm.Analysis;

/// <summary>Where a key account stands in the RAD analysis; the order runs from the weakest hold to the strongest.</summary>
public enum RadClass
{
    /// <summary>Share of wallet cannot be computed: no buying-power estimate in force, or one of zero.</summary>
    Unclassified,

    /// <summary>We hold little of the account's spend: win it.</summary>
    Acquisition,

    /// <summary>We hold a real but minor share: grow it.</summary>
    Development,

    /// <summary>We hold most of the account's spend: keep it.</summary>
    Retention,
}
