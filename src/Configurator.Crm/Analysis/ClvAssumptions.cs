using Configurator.Catalog.Model;

namespace Configurator.Crm.Analysis;

/// <summary>
/// What a customer-lifetime-value estimate assumes, per period (a year or a quarter, the same for all three):
/// the margin the customer brings while retained (may be negative), the probability r in [0, 1] that a customer
/// active in one period is still active in the next, and the discount rate d > -1 (0.08 = 8 % per period).
/// </summary>
public sealed record ClvAssumptions
{
    public ClvAssumptions(Money marginPerPeriod, decimal retentionProbability, decimal discountRate)
    {
        Guard.Require(retentionProbability is >= 0m and <= 1m, nameof(retentionProbability), "A retention probability lies in [0, 1].");
        Guard.Require(discountRate > -1m, nameof(discountRate), "A discount rate lies above -1 (-100 %).");
        MarginPerPeriod = marginPerPeriod;
        RetentionProbability = retentionProbability;
        DiscountRate = discountRate;
    }

    public Money MarginPerPeriod { get; }
    public decimal RetentionProbability { get; }
    public decimal DiscountRate { get; }
}
