using Configurator.Catalog.Model;
using Configurator.Crm;
using Configurator.Crm.Analysis;

namespace Configurator.Tests.Crm.Analysis;

/// <summary>Test data for the RAD analysis: amounts in EUR, one account unless told.</summary>
internal static class RadBuilder
{
    public static readonly CustomerNumber Account = new("K-100");
    public static readonly Quarter Q4 = new(2026, 4);

    public static Money Eur(decimal amount) => new(amount, "EUR");

    public static BuyingPowerHistory BuyingPower(decimal annual, DateOnly? since = null) =>
        BuyingPowerHistory.Empty("EUR").Revise(new BuyingPowerEstimate(Eur(annual), since ?? new DateOnly(2026, 1, 1), "account manager"));

    /// <summary>The same amount in each of the four quarters ending 2026Q4.</summary>
    public static IEnumerable<QuarterSales> Quarterly(decimal each) => Q4.LastFour.Select(q => new QuarterSales(q, Eur(each)));

    public static RadSnapshot Snapshot(string account, RadClass radClass) =>
        new(new CustomerNumber(account), Q4, Eur(1000m), Eur(0m), null, radClass);
}
