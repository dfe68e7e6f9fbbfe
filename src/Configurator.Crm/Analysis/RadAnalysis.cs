using Configurator.Catalog.Model;

namespace Configurator.Crm.Analysis;

/// <summary>
/// The quarterly RAD key-account analysis: share of wallet = our net sales over the four quarters ending with the
/// analysed quarter ÷ the annual buying power in force on that quarter's last day; the share places the account in
/// Retention, Development or Acquisition by <see cref="RadOptions"/>.
/// </summary>
public sealed class RadAnalysis(RadOptions options)
{
    public RadOptions Options { get; } = options;

    /// <param name="sales">The account's sales by quarter in the history's currency; quarters outside the window are ignored.</param>
    public RadSnapshot Assess(CustomerNumber account, Quarter quarter, BuyingPowerHistory buyingPower, IEnumerable<QuarterSales> sales)
    {
        var window = quarter.LastFour;
        var total = Money.Zero(buyingPower.Currency);
        foreach (var sale in sales)
        {
            Guard.Require(sale.Amount.Currency == buyingPower.Currency, nameof(sales),
                $"Sales must be in the buying-power currency {buyingPower.Currency}; {sale.Quarter} is in {sale.Amount.Currency}.");
            if (sale.Quarter >= window[0] && sale.Quarter <= quarter) total += sale.Amount;
        }

        var estimate = buyingPower.InForceOn(quarter.End);
        if (estimate is null)
            return new(account, quarter, null, total, null, RadClass.Unclassified, $"No buying-power estimate in force on {quarter.End:yyyy-MM-dd}.");
        if (estimate.AnnualAmount.Amount == 0m)
            return new(account, quarter, estimate.AnnualAmount, total, null, RadClass.Unclassified, "Buying power is estimated at zero.");

        var share = total.Amount / estimate.AnnualAmount.Amount;
        return new(account, quarter, estimate.AnnualAmount, total, share, Options.Classify(share));
    }
}
