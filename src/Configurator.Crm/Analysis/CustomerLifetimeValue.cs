using Configurator.Catalog.Model;

namespace Configurator.Crm.Analysis;

/// <summary>
/// Customer lifetime value: CLV = Σ_{t=1..N} m · r^(t-1) / (1+d)^t. Margin is booked at the end of each period, so
/// the first period is discounted once; the customer is certainly active in period 1 and survives each further
/// period with probability r. Values are rounded to the cent.
/// </summary>
public static class CustomerLifetimeValue
{
    /// <summary>The longest horizon accepted: 10 000 periods is beyond any customer relationship, even counted in months.</summary>
    public const int MaxPeriods = 10_000;

    public static LifetimeValue OverHorizon(ClvAssumptions assumptions, int periods)
    {
        Guard.Require(periods is >= 1 and <= MaxPeriods, nameof(periods), $"A horizon runs from 1 to {MaxPeriods} periods.");
        try
        {
            // factor_t = r^(t-1) / (1+d)^t, built by multiplying so no power is computed twice.
            var growth = assumptions.RetentionProbability / (1m + assumptions.DiscountRate);
            var factor = 1m / (1m + assumptions.DiscountRate);
            var sum = 0m;
            for (var t = 1; t <= periods && factor != 0m; t++)
            {
                sum += factor;
                factor *= growth;
            }
            return new(new Money(assumptions.MarginPerPeriod.Amount * sum, assumptions.MarginPerPeriod.Currency));
        }
        catch (OverflowException)
        {
            return new(null, "The value is too large to represent: retention outweighs a negative discount rate over this horizon.");
        }
    }

    /// <summary>
    /// The infinite horizon: Σ_{t=1..∞} m · r^(t-1) / (1+d)^t = m / (1 + d - r), defined when r &lt; 1 + d
    /// (otherwise the series diverges and the result says so).
    /// </summary>
    public static LifetimeValue Perpetual(ClvAssumptions assumptions)
    {
        var denominator = 1m + assumptions.DiscountRate - assumptions.RetentionProbability;
        if (denominator <= 0m)
            return new(null, "Without end the value diverges: retention is at least one plus the discount rate.");
        return new(new Money(assumptions.MarginPerPeriod.Amount / denominator, assumptions.MarginPerPeriod.Currency));
    }
}
