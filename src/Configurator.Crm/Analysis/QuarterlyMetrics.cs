using Configurator.Crm.Customers;

namespace Configurator.Crm.Analysis;

/// <summary>
/// The period metrics by quarter, built from customers' timelines: active customers are those with an order placed in the quarter;
/// quotes issued are quote-given entries (their reference is the quote number); orders are order-placed entries, and for conversion
/// each quote-accepted entry names its quote; satisfaction is the scores rated in the quarter.
/// </summary>
public static class QuarterlyMetrics
{
    /// <summary>The timeline entries the metrics read.</summary>
    public static readonly IReadOnlyCollection<InteractionKind> Kinds =
        [InteractionKind.OrderPlaced, InteractionKind.QuoteGiven, InteractionKind.QuoteAccepted, InteractionKind.SatisfactionRated];

    /// <summary>
    /// Metrics for each quarter from <paramref name="from"/> to <paramref name="to"/>. Give every interaction up to the end of
    /// <paramref name="to"/>: orders before <paramref name="from"/> decide who is new, and the quarter before it gives the first
    /// quarter its retention. Orders after <paramref name="to"/> are not counted as conversions.
    /// </summary>
    public static IReadOnlyList<PeriodMetrics> For(Quarter from, Quarter to, IEnumerable<CustomerInteraction> interactions)
    {
        Guard.Require(from <= to, nameof(to), "The last quarter cannot precede the first.");
        var baseline = from.Previous;
        var byQuarter = interactions.ToLookup(i => Quarter.At(i.Interaction.At));
        // Older history only says who was ever active, so one period holds all of it.
        var earlier = byQuarter.Where(g => g.Key < baseline).SelectMany(g => g).Where(i => i.Interaction.Kind == InteractionKind.OrderPlaced);
        var run = new List<PeriodActivity> { new($"before {baseline}", earlier.Select(i => i.Customer)) };
        for (var quarter = baseline; quarter <= to; quarter = quarter.Next) run.Add(Activity(quarter, byQuarter[quarter]));
        return [.. PeriodMetrics.For(run).Skip(2)];
    }

    private static PeriodActivity Activity(Quarter quarter, IEnumerable<CustomerInteraction> entries)
    {
        var list = entries.ToList();
        IEnumerable<Interaction> Of(InteractionKind kind) => list.Where(e => e.Interaction.Kind == kind).Select(e => e.Interaction);
        return new PeriodActivity(
            quarter.ToString(),
            list.Where(e => e.Interaction.Kind == InteractionKind.OrderPlaced).Select(e => e.Customer),
            Of(InteractionKind.QuoteGiven).Select(i => i.Reference).OfType<string>(),
            Of(InteractionKind.OrderPlaced).Select(i => new PlacedOrder(i.Reference ?? i.Id.ToString()))
                .Concat(Of(InteractionKind.QuoteAccepted).Where(i => i.Reference is not null).Select(i => new PlacedOrder(i.Id.ToString(), i.Reference))),
            // A score outside 1..5 cannot come through the API; one stored otherwise is left out rather than failing the report.
            Of(InteractionKind.SatisfactionRated).Select(i => i.Value).Where(v => v is >= 1 and <= 5).Select(v => (int)v!.Value));
    }
}
