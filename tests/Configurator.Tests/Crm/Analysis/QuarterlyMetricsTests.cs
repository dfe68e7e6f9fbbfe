using Configurator.Crm;
using Configurator.Crm.Analysis;
using Configurator.Crm.Customers;

namespace Configurator.Tests.Crm.Analysis;

public class QuarterlyMetricsTests
{
    private static readonly Quarter Q3 = new(2026, 3);
    private static readonly Quarter Q4 = new(2026, 4);

    private static CustomerInteraction Entry(string customer, InteractionKind kind, Quarter quarter, string? reference = null, decimal? value = null) =>
        new(new CustomerNumber(customer), new Interaction(Guid.NewGuid(), kind, quarter.StartUtc.AddDays(10), "test", kind.ToString(), reference, null, value));

    private static CustomerInteraction Order(string customer, Quarter quarter) => Entry(customer, InteractionKind.OrderPlaced, quarter, $"CO-{customer}-{quarter}");

    [Fact]
    public void WorkedExampleFromTimelinesWithOlderHistoryDecidingWhoIsNew()
    {
        List<CustomerInteraction> timelines =
        [
            Order("A", new Quarter(2025, 1)),
            .. new[] { "A", "B", "C", "D" }.Select(c => Order(c, Q3)),
            .. new[] { "A", "B", "E" }.Select(c => Order(c, Q4)),
            .. Enumerable.Range(1, 4).Select(n => Entry("A", InteractionKind.QuoteGiven, Q3, $"Q-{n}")),
            Entry("A", InteractionKind.QuoteAccepted, Q3, "Q-1"),
            Entry("B", InteractionKind.QuoteAccepted, Q4, "Q-2"),
            .. new[] { 5m, 4m, 4m, 2m }.Select(s => Entry("C", InteractionKind.SatisfactionRated, Q4, "CO-C", s)),
        ];

        var metrics = QuarterlyMetrics.For(Q3, Q4, timelines);

        metrics.Select(m => m.Period).ShouldBe(["2026Q3", "2026Q4"]);
        var (q3, q4) = (metrics[0], metrics[1]);
        (q3.ActiveCustomers, q3.NewCustomerRate.Numerator, q3.QuoteToOrderConversion.Value).ShouldBe((4, 3m, 0.5m));
        q3.RetentionRate.UndefinedReason.ShouldBe("No active customers in the previous period.");
        (q4.RetentionRate.Value, q4.ChurnRate.Value, q4.NewCustomerRate.Numerator, q4.AverageSatisfaction.Value).ShouldBe((0.5m, 0.5m, 1m, 3.75m));
        q4.QuoteToOrderConversion.UndefinedReason.ShouldNotBeNull();
    }
}
