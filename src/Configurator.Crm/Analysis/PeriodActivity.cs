using System.Collections.Immutable;

namespace Configurator.Crm.Analysis;

/// <summary>
/// What happened in one period (a month, a quarter): the customers active in it (those who placed at least one order),
/// the quotes issued and orders placed in it, and the satisfaction scores (1 = very dissatisfied … 5 = very satisfied)
/// captured after deliveries in it.
/// </summary>
public sealed record PeriodActivity
{
    public PeriodActivity(
        string period,
        IEnumerable<CustomerNumber> activeCustomers,
        IEnumerable<string>? quotesIssued = null,
        IEnumerable<PlacedOrder>? ordersPlaced = null,
        IEnumerable<int>? satisfactionScores = null)
    {
        Guard.Require(!string.IsNullOrWhiteSpace(period), nameof(period), "A period has a name, such as 2026Q4.");
        var scores = (satisfactionScores ?? []).ToImmutableArray();
        Guard.Require(scores.All(s => s is >= 1 and <= 5), nameof(satisfactionScores), "Satisfaction scores run from 1 to 5.");
        Period = period;
        ActiveCustomers = [.. activeCustomers];
        QuotesIssued = [.. quotesIssued ?? []];
        OrdersPlaced = [.. ordersPlaced ?? []];
        SatisfactionScores = scores;
    }

    public string Period { get; }
    public ImmutableHashSet<CustomerNumber> ActiveCustomers { get; }
    public ImmutableHashSet<string> QuotesIssued { get; }
    public ImmutableArray<PlacedOrder> OrdersPlaced { get; }
    public ImmutableArray<int> SatisfactionScores { get; }
}
