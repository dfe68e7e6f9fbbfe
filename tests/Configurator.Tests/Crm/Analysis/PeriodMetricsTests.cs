using Configurator.Crm;
using Configurator.Crm.Analysis;

namespace Configurator.Tests.Crm.Analysis;

public class PeriodMetricsTests
{
    private static PeriodActivity Period(string name, string customers, string quotes = "", PlacedOrder[]? orders = null, int[]? scores = null) =>
        new(name,
            customers.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(c => new CustomerNumber(c)),
            quotes.Split(' ', StringSplitOptions.RemoveEmptyEntries),
            orders,
            scores);

    [Fact]
    public void RetentionIsTheShareOfLastPeriodsCustomersActiveAgain()
    {
        // Q3 active {A, B, C, D}; Q4 active {A, B, E}: kept A, B → retention 2/4 = 0.5, churn 2/4 = 0.5
        var q4 = PeriodMetrics.For([Period("2026Q3", "A B C D"), Period("2026Q4", "A B E")])[1];

        q4.RetentionRate.ShouldBe(new Ratio(0.5m, 2m, 4));
        q4.ChurnRate.ShouldBe(new Ratio(0.5m, 2m, 4));
    }

    [Fact]
    public void ChurnIsOneMinusRetention()
    {
        // Q3 {A, B, C}; Q4 {A}: retention 1/3, churn 2/3
        var q4 = PeriodMetrics.For([Period("2026Q3", "A B C"), Period("2026Q4", "A")])[1];

        (q4.RetentionRate.Value!.Value + q4.ChurnRate.Value!.Value).ShouldBe(1m, tolerance: 0.0000000001m);
        q4.ChurnRate.Numerator.ShouldBe(2m);
    }

    [Fact]
    public void NewCustomersAreThoseNeverActiveInAnEarlierPeriod()
    {
        // C was active in Q2, skipped Q3 and returns in Q4: a win-back, not new. Q4 {A, C, E}: only E is new → 1/3
        var q4 = PeriodMetrics.For([Period("2026Q2", "A C"), Period("2026Q3", "A"), Period("2026Q4", "A C E")])[2];

        q4.NewCustomerRate.Numerator.ShouldBe(1m);
        q4.NewCustomerRate.Denominator.ShouldBe(3);
    }

    [Fact]
    public void FirstPeriodHasNoRetentionAndEveryCustomerIsNew()
    {
        var first = PeriodMetrics.For([Period("2026Q1", "A B")])[0];

        first.RetentionRate.Value.ShouldBeNull();
        first.RetentionRate.UndefinedReason.ShouldNotBeNull().ShouldContain("previous period");
        first.NewCustomerRate.Value.ShouldBe(1m);
    }

    [Fact]
    public void EmptyPeriodsGiveNullRatesWithReasonsNotNaN()
    {
        var q4 = PeriodMetrics.For([Period("2026Q3", ""), Period("2026Q4", "")])[1];

        q4.ActiveCustomers.ShouldBe(0);
        q4.NewCustomerRate.Value.ShouldBeNull();
        q4.RetentionRate.UndefinedReason.ShouldBe("No active customers in the previous period.");
        q4.ChurnRate.Value.ShouldBeNull();
        q4.QuoteToOrderConversion.UndefinedReason.ShouldBe("No quotes issued in the period.");
        q4.AverageSatisfaction.UndefinedReason.ShouldBe("No satisfaction scores captured in the period.");
    }

    [Fact]
    public void QuoteConvertsWhenAnOrderInTheSameOrALaterPeriodNamesIt()
    {
        // Q3 issues: Q-1 ordered in Q3, Q-2 ordered in Q4, the rest never → 2/4.
        // An order without a quote and one naming an unknown quote change nothing.
        var metrics = PeriodMetrics.For(
        [
            Period("2026Q3", "A", "Q-1 Q-2 Q-3 Q-4", [new("O-1", "Q-1"), new("O-2")]),
            Period("2026Q4", "B", "Q-5", [new("O-3", "Q-2"), new("O-4", "Q-99")]),
        ]);

        metrics[0].QuoteToOrderConversion.ShouldBe(new Ratio(0.5m, 2m, 4));
        metrics[1].QuoteToOrderConversion.ShouldBe(new Ratio(0m, 0m, 1));
    }

    [Fact]
    public void OrderBeforeItsQuotesPeriodDoesNotConvertIt() =>
        // Q-1 is (re)issued in Q4; the only order naming it was placed in Q3 → 0/1 for Q4
        PeriodMetrics.For([Period("2026Q3", "A", "", [new("O-1", "Q-1")]), Period("2026Q4", "A", "Q-1")])[1]
            .QuoteToOrderConversion.Value.ShouldBe(0m);

    [Fact]
    public void AverageSatisfactionIsTheMeanOfThePeriodsScores() =>
        // (5 + 4 + 4 + 2) / 4 = 15 / 4 = 3.75
        PeriodMetrics.For([Period("2026Q4", "A", scores: [5, 4, 4, 2])])[0].AverageSatisfaction.ShouldBe(new Ratio(3.75m, 15m, 4));

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void ScoreOutsideOneToFiveIsRefused(int score) =>
        Should.Throw<ArgumentException>(() => Period("2026Q4", "A", scores: [score]));
}
