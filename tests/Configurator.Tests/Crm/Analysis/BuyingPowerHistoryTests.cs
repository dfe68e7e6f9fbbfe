using Configurator.Crm.Analysis;
using static Configurator.Tests.Crm.Analysis.RadBuilder;

namespace Configurator.Tests.Crm.Analysis;

public class BuyingPowerHistoryTests
{
    [Fact]
    public void RevisingKeepsEveryEarlierEstimate()
    {
        var first = BuyingPower(100_000m);
        var revised = first.Revise(new BuyingPowerEstimate(Eur(150_000m), new DateOnly(2026, 6, 1), "key account manager", "budget leaked"));

        first.Estimates.Length.ShouldBe(1);
        revised.Estimates.Select(e => e.AnnualAmount).ShouldBe([Eur(100_000m), Eur(150_000m)]);
        revised.Estimates[^1].Note.ShouldBe("budget leaked");
    }

    [Fact]
    public void SameDayCorrectionSupersedesTheEarlierEstimate()
    {
        var day = new DateOnly(2026, 3, 1);
        var history = BuyingPower(100_000m, day).Revise(new BuyingPowerEstimate(Eur(90_000m), day, "controller", "typo"));

        history.InForceOn(day)!.AnnualAmount.ShouldBe(Eur(90_000m));
    }

    [Fact]
    public void NothingIsInForceBeforeTheFirstEstimate() =>
        BuyingPower(100_000m, new DateOnly(2026, 3, 1)).InForceOn(new DateOnly(2026, 2, 28)).ShouldBeNull();

    [Fact]
    public void BackdatedEstimateIsRefused() =>
        Should.Throw<ArgumentException>(() =>
            BuyingPower(100_000m, new DateOnly(2026, 3, 1)).Revise(new BuyingPowerEstimate(Eur(1m), new DateOnly(2026, 2, 1), "someone")));

    [Fact]
    public void EstimateInAnotherCurrencyIsRefused() =>
        Should.Throw<ArgumentException>(() =>
            BuyingPower(100_000m).Revise(new BuyingPowerEstimate(new(1m, "USD"), new DateOnly(2026, 6, 1), "someone")));

    [Fact]
    public void NegativeBuyingPowerIsRefused() =>
        Should.Throw<ArgumentException>(() => new BuyingPowerEstimate(Eur(-1m), new DateOnly(2026, 1, 1), "someone"));

    [Fact]
    public void EstimateWithoutAnAuthorIsRefused() =>
        Should.Throw<ArgumentException>(() => new BuyingPowerEstimate(Eur(1m), new DateOnly(2026, 1, 1), " "));
}
