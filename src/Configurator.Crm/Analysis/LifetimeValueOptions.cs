using System.ComponentModel.DataAnnotations;

namespace Configurator.Crm.Analysis;

/// <summary>
/// The assumptions a lifetime-value request falls back on for what it does not say (section "Crm:LifetimeValue"). Periods are
/// years: the margin basis is a year of sales, so retention and discount rate are per year too.
/// </summary>
public sealed class LifetimeValueOptions
{
    public const string Section = "Crm:LifetimeValue";

    /// <summary>Share of net sales kept as margin, -1..1 (negative: sold at a loss). Default 0.30.</summary>
    [Range(typeof(decimal), "-1", "1")]
    public decimal MarginRate { get; set; } = 0.30m;

    /// <summary>Probability that a customer buying this year buys again next year, 0..1. Default 0.80.</summary>
    [Range(typeof(decimal), "0", "1")]
    public decimal Retention { get; set; } = 0.80m;

    /// <summary>Yearly discount rate, -0.99..1 (0.10 = 10 % a year). Default 0.10.</summary>
    [Range(typeof(decimal), "-0.99", "1")]
    public decimal DiscountRate { get; set; } = 0.10m;

    /// <summary>Years summed over, 1..<see cref="CustomerLifetimeValue.MaxPeriods"/>; unset (the default) sums without end.</summary>
    [Range(1, CustomerLifetimeValue.MaxPeriods)]
    public int? HorizonYears { get; set; }
}
