using Configurator.Catalog.Model;
using Configurator.Crm.Analysis;

namespace Configurator.Tests.Crm.Analysis;

public class CustomerLifecycleTests
{
    private static readonly Quarter AsOf = new(2027, 2);
    private readonly CustomerLifecycle lifecycle = new(LifecycleOptions.Default);

    /// <summary>Sales for consecutive quarters ending with <see cref="AsOf"/>, oldest first.</summary>
    private static IEnumerable<QuarterSales> Ending(params decimal[] amounts) =>
        AsOf.Window(amounts.Length).Zip(amounts, (q, a) => new QuarterSales(q, new Money(a, "EUR")));

    [Fact]
    public void CustomerWithoutOrdersIsAProspect()
    {
        var assessment = lifecycle.Assess(AsOf, Ending(0m, 0m));

        assessment.Stage.ShouldBe(LifecycleStage.Prospect);
        assessment.FirstOrder.ShouldBeNull();
    }

    [Fact]
    public void FirstOrderLastQuarterIsDevelopment() =>
        // first order 2027Q1, within the 2 quarters 2027Q1..2027Q2
        lifecycle.Assess(AsOf, Ending(0m, 0m, 500m, 0m)).Stage.ShouldBe(LifecycleStage.Development);

    [Fact]
    public void FirstOrderThreeQuartersAgoIsPastDevelopment() =>
        // first order 2026Q4, before 2027Q1..2027Q2; earlier 0 + 500 = 500, later 1000: 1000/500 − 1 = 1.0 → Growth
        lifecycle.Assess(AsOf, Ending(0m, 500m, 500m, 500m)).Stage.ShouldBe(LifecycleStage.Growth);

    [Fact]
    public void RisingSalesBeyondTheBandAreGrowth() =>
        // earlier 100 + 100 = 200, later 120 + 111 = 231: 231/200 − 1 = 0.155 > 0.10
        lifecycle.Assess(AsOf, Ending(100m, 100m, 100m, 120m, 111m)).Stage.ShouldBe(LifecycleStage.Growth);

    [Fact]
    public void ChangeExactlyAtTheBandIsMaturity() =>
        // earlier 200, later 220: 220/200 − 1 = 0.10, inside the inclusive band
        lifecycle.Assess(AsOf, Ending(100m, 100m, 100m, 110m, 110m)).Stage.ShouldBe(LifecycleStage.Maturity);

    [Fact]
    public void FallingSalesBeyondTheBandAreDecline()
    {
        // earlier 200, later 90 + 89 = 179: 179/200 − 1 = −0.105 < −0.10
        var assessment = lifecycle.Assess(AsOf, Ending(100m, 100m, 100m, 90m, 89m));

        assessment.Stage.ShouldBe(LifecycleStage.Decline);
        (assessment.EarlierHalfYear, assessment.LaterHalfYear).ShouldBe((200m, 179m));
    }

    [Fact]
    public void NoOrderInTheLastFourQuartersIsLapsed()
    {
        // last order 2026Q2, five quarters before 2027Q2; the window 2026Q3..2027Q2 is empty
        var assessment = lifecycle.Assess(AsOf, Ending(300m, 0m, 0m, 0m, 0m));

        assessment.Stage.ShouldBe(LifecycleStage.Lapsed);
        assessment.LastOrder.ShouldBe(new Quarter(2026, 2));
    }

    [Fact]
    public void OrderFourQuartersAgoIsNotYetLapsed() =>
        // last order 2026Q3, the oldest quarter of the window: earlier 300, later 0 → Decline
        lifecycle.Assess(AsOf, Ending(300m, 300m, 0m, 0m, 0m)).Stage.ShouldBe(LifecycleStage.Decline);

    [Fact]
    public void OrdersAfterTheAsOfQuarterAreIgnored() =>
        lifecycle.Assess(AsOf, [new QuarterSales(AsOf.Next, new Money(1_000m, "EUR"))]).Stage.ShouldBe(LifecycleStage.Prospect);

    [Fact]
    public void ShorterLapsePeriodIsHonoured() =>
        // with 2 quarters, a last order in 2026Q4 (3 quarters back) has lapsed
        new CustomerLifecycle(new LifecycleOptions(lapsedAfterQuarters: 2))
            .Assess(AsOf, Ending(100m, 100m, 0m, 0m)).Stage.ShouldBe(LifecycleStage.Lapsed);

    [Fact]
    public void DefaultsAreTwoQuartersFourQuartersAndTenPercent() =>
        (LifecycleOptions.Default.DevelopmentQuarters, LifecycleOptions.Default.LapsedAfterQuarters, LifecycleOptions.Default.StableBand)
            .ShouldBe((2, 4, 0.10m));

    [Theory]
    [InlineData(0, 4, 0.1)]
    [InlineData(2, 0, 0.1)]
    [InlineData(2, 4, 1.0)]
    [InlineData(2, 4, -0.1)]
    public void InvalidOptionsAreRefused(int development, int lapsed, double band) =>
        Should.Throw<ArgumentException>(() => new LifecycleOptions(development, lapsed, (decimal)band));

    [Fact]
    public void SalesInMixedCurrenciesAreRefused() =>
        Should.Throw<ArgumentException>(() => lifecycle.Assess(AsOf,
            [new QuarterSales(AsOf, new Money(1m, "EUR")), new QuarterSales(AsOf.Previous, new Money(1m, "USD"))]));
}
