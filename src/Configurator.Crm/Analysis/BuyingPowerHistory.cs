using System.Collections.Immutable;

namespace Configurator.Crm.Analysis;

/// <summary>
/// Every buying-power estimate of one key account, oldest first, all in one currency.
/// Editing appends: an estimate is never changed, a newer one supersedes it, so past snapshots stay explainable.
/// </summary>
public sealed record BuyingPowerHistory
{
    private BuyingPowerHistory(string currency, ImmutableArray<BuyingPowerEstimate> estimates)
    {
        Currency = currency;
        Estimates = estimates;
    }

    public string Currency { get; }
    public ImmutableArray<BuyingPowerEstimate> Estimates { get; }

    public static BuyingPowerHistory Empty(string currency)
    {
        Guard.Require(currency is { Length: 3 } && currency.All(char.IsAsciiLetterUpper), nameof(currency),
            "A currency is a three-letter upper-case ISO 4217 code.");
        return new(currency, []);
    }

    /// <summary>
    /// A history with <paramref name="estimate"/> added. It may not start before the latest estimate;
    /// on the same day it supersedes it (the later correction wins) while both stay on record.
    /// </summary>
    public BuyingPowerHistory Revise(BuyingPowerEstimate estimate)
    {
        Guard.Require(estimate.AnnualAmount.Currency == Currency, nameof(estimate),
            $"This history is kept in {Currency}; convert the estimate before recording it.");
        Guard.Require(Estimates.IsEmpty || estimate.Since >= Estimates[^1].Since, nameof(estimate),
            "An estimate cannot start before the latest one; history is only appended.");
        return new(Currency, Estimates.Add(estimate));
    }

    /// <summary>The estimate in force on <paramref name="date"/>, or null when none had been made yet.</summary>
    public BuyingPowerEstimate? InForceOn(DateOnly date) => Estimates.LastOrDefault(e => e.Since <= date);
}
