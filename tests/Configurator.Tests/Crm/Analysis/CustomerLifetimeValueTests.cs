using Configurator.Catalog.Model;
using Configurator.Crm.Analysis;

namespace Configurator.Tests.Crm.Analysis;

public class CustomerLifetimeValueTests
{
    private static ClvAssumptions Assume(decimal margin, decimal retention, decimal discount) => new(new Money(margin, "EUR"), retention, discount);

    [Fact]
    public void ThreePeriodsDiscountEveryPeriodIncludingTheFirst()
    {
        // 100/1.1 + 100·0.8/1.21 + 100·0.64/1.331 = 90.9091 + 66.1157 + 48.0841 = 205.1089 → 205.11
        CustomerLifetimeValue.OverHorizon(Assume(100m, 0.8m, 0.1m), 3).Value.ShouldBe(new Money(205.11m, "EUR"));
    }

    [Fact]
    public void OnePeriodIsTheMarginDiscountedOnce() =>
        // 1000 / 1.25 = 800
        CustomerLifetimeValue.OverHorizon(Assume(1_000m, 0.5m, 0.25m), 1).Value.ShouldBe(new Money(800m, "EUR"));

    [Fact]
    public void NoDiscountAndFullRetentionIsMarginTimesPeriods() =>
        // r = 1, d = 0: every term is m, 5 × 120 = 600
        CustomerLifetimeValue.OverHorizon(Assume(120m, 1m, 0m), 5).Value.ShouldBe(new Money(600m, "EUR"));

    [Fact]
    public void ZeroRetentionLeavesOnlyTheFirstPeriod() =>
        // r = 0: 100/1.1 = 90.909 → 90.91, later terms vanish
        CustomerLifetimeValue.OverHorizon(Assume(100m, 0m, 0.1m), 10).Value.ShouldBe(new Money(90.91m, "EUR"));

    [Fact]
    public void NegativeMarginGivesANegativeValue() =>
        // -100/1.1 + -100·0.8/1.21 = -90.9091 - 66.1157 = -157.0248 → -157.02
        CustomerLifetimeValue.OverHorizon(Assume(-100m, 0.8m, 0.1m), 2).Value.ShouldBe(new Money(-157.02m, "EUR"));

    [Fact]
    public void PerpetualValueIsMarginOverOnePlusDiscountMinusRetention() =>
        // 100 / (1 + 0.1 - 0.8) = 100 / 0.3 = 333.33
        CustomerLifetimeValue.Perpetual(Assume(100m, 0.8m, 0.1m)).Value.ShouldBe(new Money(333.33m, "EUR"));

    [Theory]
    [InlineData(100, 0.8, 0.1)]
    [InlineData(2500, 0.95, 0.08)]
    [InlineData(40, 0.3, 0.02)]
    public void PerpetualValueMatchesALongHorizonSum(double margin, double retention, double discount)
    {
        var assumptions = Assume((decimal)margin, (decimal)retention, (decimal)discount);

        var sum = CustomerLifetimeValue.OverHorizon(assumptions, CustomerLifetimeValue.MaxPeriods).Value!.Value.Amount;

        sum.ShouldBe(CustomerLifetimeValue.Perpetual(assumptions).Value!.Value.Amount, tolerance: 0.01m);
    }

    [Fact]
    public void PerpetualValueWithFullRetentionAndNoDiscountDiverges()
    {
        var result = CustomerLifetimeValue.Perpetual(Assume(100m, 1m, 0m));

        result.Value.ShouldBeNull();
        result.Reason.ShouldNotBeNull().ShouldContain("diverges");
    }

    [Fact]
    public void HugeGrowthOverALongHorizonReportsOverflowInsteadOfThrowing()
    {
        // r/(1+d) = 1/0.1 = 10 per period: 10^1000 does not fit a decimal
        var result = CustomerLifetimeValue.OverHorizon(Assume(100m, 1m, -0.9m), 1_000);

        result.Value.ShouldBeNull();
        result.Reason.ShouldNotBeNull().ShouldContain("too large");
    }

    [Theory]
    [InlineData(-0.01, 0.1)]
    [InlineData(1.01, 0.1)]
    [InlineData(0.5, -1)]
    [InlineData(0.5, -1.5)]
    public void InvalidAssumptionsAreRefused(double retention, double discount) =>
        Should.Throw<ArgumentException>(() => Assume(100m, (decimal)retention, (decimal)discount));

    [Theory]
    [InlineData(0)]
    [InlineData(CustomerLifetimeValue.MaxPeriods + 1)]
    public void HorizonOutsideOneToTheMaximumIsRefused(int periods) =>
        Should.Throw<ArgumentException>(() => CustomerLifetimeValue.OverHorizon(Assume(100m, 0.5m, 0.1m), periods));
}
