namespace Configurator.Crm.Analysis;

/// <summary>Which way a key account moved between two RAD analyses.</summary>
public enum RadDirection
{
    /// <summary>Towards Acquisition: R→D, D→A, R→A. These want attention first.</summary>
    Slipping,

    /// <summary>Towards Retention: A→D, D→R, A→R.</summary>
    Growing,

    /// <summary>Into or out of Unclassified: the buying-power estimate is missing or zero on one side.</summary>
    Unrated,
}
