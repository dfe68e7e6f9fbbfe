using Configurator.Crm.Customers;

namespace Configurator.Crm.Analysis;

/// <summary>
/// Runs the RAD analysis for a quarter over every key account: its sales from the orders on its timeline,
/// its buying power in force at the quarter's end, one snapshot each, stored for the quarter.
/// </summary>
public sealed class RadRun(ICustomerRepository customers, IRadRepository rad, RadAnalysis analysis)
{
    /// <summary>The currency buying power and sales are compared in (the price lists' currency).</summary>
    public const string Currency = "USD";

    public async Task<IReadOnlyList<RadSnapshot>> RunAsync(Quarter quarter, CancellationToken cancellationToken)
    {
        var snapshots = new List<RadSnapshot>();
        foreach (var number in await customers.KeyAccountsAsync(cancellationToken))
        {
            if (await customers.FindAsync(number, cancellationToken) is not { } customer) continue;
            var buyingPower = await rad.BuyingPowerAsync(number, Currency, cancellationToken);
            snapshots.Add(analysis.Assess(number, quarter, buyingPower, SalesByQuarter.Of(customer, Currency)));
        }
        await rad.SaveSnapshotsAsync(quarter, snapshots, cancellationToken);
        return snapshots;
    }
}
