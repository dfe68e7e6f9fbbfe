namespace Configurator.Crm.Analysis;

/// <summary>
/// The CRM evaluation metrics of one period; docs/crm-analysis.md defines each. Churn is always 1 − retention.
/// </summary>
public sealed record PeriodMetrics(
    string Period,
    int ActiveCustomers,
    Ratio NewCustomerRate,
    Ratio RetentionRate,
    Ratio ChurnRate,
    Ratio QuoteToOrderConversion,
    Ratio AverageSatisfaction)
{
    /// <summary>
    /// Metrics for every period of a run, oldest first. "New" means not active in any earlier period of the run, so
    /// give enough history before the first period you report on; retention compares each period with the one before.
    /// A quote counts as converted when an order in its own or any later period of the run names it.
    /// </summary>
    public static IReadOnlyList<PeriodMetrics> For(IReadOnlyList<PeriodActivity> periods)
    {
        var metrics = new List<PeriodMetrics>(periods.Count);
        var everActive = new HashSet<CustomerNumber>();
        for (var i = 0; i < periods.Count; i++)
        {
            var current = periods[i];
            var convertedLater = periods.Skip(i).SelectMany(p => p.OrdersPlaced).Select(o => o.QuoteId).OfType<string>().ToHashSet();
            var (retention, churn) = i == 0
                ? (Ratio.Undefined("No previous period to compare with."), Ratio.Undefined("No previous period to compare with."))
                : RetentionAndChurn(periods[i - 1], current);

            metrics.Add(new(
                current.Period,
                current.ActiveCustomers.Count,
                Ratio.Of(current.ActiveCustomers.Count(c => !everActive.Contains(c)), current.ActiveCustomers.Count, "No active customers in the period."),
                retention,
                churn,
                Ratio.Of(current.QuotesIssued.Count(convertedLater.Contains), current.QuotesIssued.Count, "No quotes issued in the period."),
                Ratio.Of(current.SatisfactionScores.Sum(), current.SatisfactionScores.Length, "No satisfaction scores captured in the period.")));
            everActive.UnionWith(current.ActiveCustomers);
        }
        return metrics;
    }

    private static (Ratio Retention, Ratio Churn) RetentionAndChurn(PeriodActivity previous, PeriodActivity current)
    {
        const string noBase = "No active customers in the previous period.";
        var kept = previous.ActiveCustomers.Count(current.ActiveCustomers.Contains);
        var basis = previous.ActiveCustomers.Count;
        return (Ratio.Of(kept, basis, noBase), Ratio.Of(basis - kept, basis, noBase));
    }
}
