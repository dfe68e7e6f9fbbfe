using System.ComponentModel.DataAnnotations;

namespace Configurator.Crm.Analysis;

/// <summary>The RAD thresholds as configured (section "Crm:Rad"), fractions of the wallet; see <see cref="RadOptions"/>.</summary>
public sealed class RadSettings
{
    public const string Section = "Crm:Rad";

    /// <summary>Share of wallet from which an account is Retention. Default 0.50.</summary>
    [Range(typeof(decimal), "0.0001", "1")]
    public decimal RetentionFrom { get; set; } = RadOptions.DefaultRetentionFrom;

    /// <summary>Share of wallet from which an account is Development; below Retention's. Default 0.15.</summary>
    [Range(typeof(decimal), "0.0001", "1")]
    public decimal DevelopmentFrom { get; set; } = RadOptions.DefaultDevelopmentFrom;

    public bool IsOrdered => DevelopmentFrom < RetentionFrom;

    public RadOptions ToOptions() => new(RetentionFrom, DevelopmentFrom);
}

/// <summary>The lifecycle rule's settings as configured (section "Crm:Lifecycle"); see <see cref="LifecycleOptions"/>.</summary>
public sealed class LifecycleSettings
{
    public const string Section = "Crm:Lifecycle";

    /// <summary>Quarters after the first order a customer stays in Development. Default 2.</summary>
    [Range(1, 8)]
    public int DevelopmentQuarters { get; set; } = LifecycleOptions.Default.DevelopmentQuarters;

    /// <summary>Quarters without an order after which a customer has Lapsed. Default 4.</summary>
    [Range(1, 40)]
    public int LapsedAfterQuarters { get; set; } = LifecycleOptions.Default.LapsedAfterQuarters;

    /// <summary>Relative change of half-year sales still counted as stable (Maturity). Default 0.10.</summary>
    [Range(typeof(decimal), "0", "0.9999")]
    public decimal StableBand { get; set; } = LifecycleOptions.Default.StableBand;

    public LifecycleOptions ToOptions() => new(DevelopmentQuarters, LapsedAfterQuarters, StableBand);
}
