namespace Configurator.Crm.Analysis;

/// <summary>
/// The tunable parts of the lifecycle rule (see <see cref="CustomerLifecycle"/>).
/// Defaults: development for 2 quarters after the first order, lapsed after 4 quarters without an order,
/// sales within ±10 % half-year on half-year count as stable.
/// </summary>
public sealed record LifecycleOptions
{
    public static LifecycleOptions Default { get; } = new();

    public LifecycleOptions(int developmentQuarters = 2, int lapsedAfterQuarters = 4, decimal stableBand = 0.10m)
    {
        Guard.Require(developmentQuarters is >= 1 and <= 8, nameof(developmentQuarters), "Development lasts 1 to 8 quarters.");
        Guard.Require(lapsedAfterQuarters is >= 1 and <= 40, nameof(lapsedAfterQuarters), "A customer lapses after 1 to 40 quarters without an order.");
        Guard.Require(stableBand is >= 0m and < 1m, nameof(stableBand), "The stable band is a fraction in [0, 1).");
        DevelopmentQuarters = developmentQuarters;
        LapsedAfterQuarters = lapsedAfterQuarters;
        StableBand = stableBand;
    }

    /// <summary>A customer whose first order falls within this many quarters ending with the as-of quarter is in Development.</summary>
    public int DevelopmentQuarters { get; }

    /// <summary>A customer with no order within this many quarters ending with the as-of quarter has Lapsed.</summary>
    public int LapsedAfterQuarters { get; }

    /// <summary>The relative change of sales, later half-year against earlier, within which sales count as stable (inclusive).</summary>
    public decimal StableBand { get; }
}
