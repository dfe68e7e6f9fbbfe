using Configurator.Catalog.Model;
using Configurator.Crm.Analysis;
using static Configurator.Tests.Crm.Analysis.RadBuilder;

namespace Configurator.Tests.Crm.Analysis;

public class RadAnalysisTests
{
    private readonly RadAnalysis analysis = new(RadOptions.Default);

    [Fact]
    public void ShareOfWalletIsFourQuartersOfSalesOverBuyingPower()
    {
        // 4 × 30 000 = 120 000 sold; 120 000 / 400 000 = 0.30 → Development (0.15 <= 0.30 < 0.50)
        var snapshot = analysis.Assess(Account, Q4, BuyingPower(400_000m), Quarterly(30_000m));

        snapshot.Sales.ShouldBe(Eur(120_000m));
        snapshot.ShareOfWallet.ShouldBe(0.30m);
        snapshot.Class.ShouldBe(RadClass.Development);
    }

    [Fact]
    public void SalesOutsideTheLastFourQuartersAreIgnored()
    {
        // 2025Q4 precedes the window 2026Q1..2026Q4 and 2027Q1 follows it: only 10 000 counts.
        var sales = new[]
        {
            new QuarterSales(new Quarter(2025, 4), Eur(500_000m)),
            new QuarterSales(new Quarter(2026, 1), Eur(10_000m)),
            new QuarterSales(new Quarter(2027, 1), Eur(500_000m)),
        };

        analysis.Assess(Account, Q4, BuyingPower(100_000m), sales).Sales.ShouldBe(Eur(10_000m));
    }

    [Fact]
    public void ShareExactlyAtTheRetentionThresholdIsRetention() =>
        // 4 × 12 500 = 50 000; 50 000 / 100 000 = 0.50 = threshold, inclusive
        analysis.Assess(Account, Q4, BuyingPower(100_000m), Quarterly(12_500m)).Class.ShouldBe(RadClass.Retention);

    [Fact]
    public void ShareJustBelowTheRetentionThresholdIsDevelopment() =>
        // 49 999.99 / 100 000 = 0.4999999
        analysis.Assess(Account, Q4, BuyingPower(100_000m), [new QuarterSales(Q4, Eur(49_999.99m))]).Class.ShouldBe(RadClass.Development);

    [Fact]
    public void ShareExactlyAtTheDevelopmentThresholdIsDevelopment() =>
        // 15 000 / 100 000 = 0.15
        analysis.Assess(Account, Q4, BuyingPower(100_000m), [new QuarterSales(Q4, Eur(15_000m))]).Class.ShouldBe(RadClass.Development);

    [Fact]
    public void ShareJustBelowTheDevelopmentThresholdIsAcquisition() =>
        // 14 999.99 / 100 000 = 0.1499999
        analysis.Assess(Account, Q4, BuyingPower(100_000m), [new QuarterSales(Q4, Eur(14_999.99m))]).Class.ShouldBe(RadClass.Acquisition);

    [Fact]
    public void AccountWithNoSalesIsAcquisitionWithZeroShare()
    {
        var snapshot = analysis.Assess(Account, Q4, BuyingPower(100_000m), []);

        snapshot.ShareOfWallet.ShouldBe(0m);
        snapshot.Class.ShouldBe(RadClass.Acquisition);
    }

    [Fact]
    public void SalesAboveBuyingPowerGiveAShareAboveOneAndRetention()
    {
        // 4 × 50 000 = 200 000 against an estimate of 100 000: the estimate is too low, the share is 2
        var snapshot = analysis.Assess(Account, Q4, BuyingPower(100_000m), Quarterly(50_000m));

        snapshot.ShareOfWallet.ShouldBe(2m);
        snapshot.Class.ShouldBe(RadClass.Retention);
    }

    [Fact]
    public void ZeroBuyingPowerLeavesTheAccountUnclassifiedWithAReason()
    {
        var snapshot = analysis.Assess(Account, Q4, BuyingPower(0m), Quarterly(1_000m));

        snapshot.ShareOfWallet.ShouldBeNull();
        snapshot.Class.ShouldBe(RadClass.Unclassified);
        snapshot.Reason.ShouldNotBeNull().ShouldContain("zero");
    }

    [Fact]
    public void MissingBuyingPowerLeavesTheAccountUnclassifiedWithAReason()
    {
        var snapshot = analysis.Assess(Account, Q4, BuyingPowerHistory.Empty("EUR"), Quarterly(1_000m));

        snapshot.BuyingPower.ShouldBeNull();
        snapshot.Sales.ShouldBe(Eur(4_000m));
        snapshot.Class.ShouldBe(RadClass.Unclassified);
        snapshot.Reason.ShouldNotBeNull().ShouldContain("2026-12-31");
    }

    [Fact]
    public void EstimateMadeAfterTheQuarterEndDoesNotCount() =>
        analysis.Assess(Account, Q4, BuyingPower(100_000m, since: new DateOnly(2027, 1, 1)), Quarterly(1_000m))
            .Class.ShouldBe(RadClass.Unclassified);

    [Fact]
    public void BuyingPowerIsTheEstimateInForceOnTheQuarterEnd()
    {
        // 100 000 from January, revised to 200 000 on 31 December, 300 000 in January 2027:
        // the 2026Q4 analysis uses 200 000, so 4 × 25 000 / 200 000 = 0.50 → Retention
        var history = BuyingPower(100_000m)
            .Revise(new BuyingPowerEstimate(Eur(200_000m), new DateOnly(2026, 12, 31), "account manager", "new plant"))
            .Revise(new BuyingPowerEstimate(Eur(300_000m), new DateOnly(2027, 1, 1), "account manager"));

        var snapshot = analysis.Assess(Account, Q4, history, Quarterly(25_000m));

        snapshot.BuyingPower.ShouldBe(Eur(200_000m));
        snapshot.Class.ShouldBe(RadClass.Retention);
    }

    [Fact]
    public void ConfiguredThresholdsReplaceTheDefaults() =>
        // 0.30 is Development by default, Retention from 0.30
        new RadAnalysis(new RadOptions(retentionFrom: 0.30m, developmentFrom: 0.10m))
            .Assess(Account, Q4, BuyingPower(400_000m), Quarterly(30_000m)).Class.ShouldBe(RadClass.Retention);

    [Fact]
    public void SalesInAnotherCurrencyAreRefused() =>
        Should.Throw<ArgumentException>(() =>
            analysis.Assess(Account, Q4, BuyingPower(100_000m), [new QuarterSales(Q4, new Money(1_000m, "USD"))]));
}
