namespace Configurator.Crm.Analysis;

/// <summary>
/// Derives a customer's lifecycle stage from its net sales by quarter as of a quarter (later quarters are ignored).
/// A quarter "has an order" when its net sales are above zero. The first rule that applies wins:
/// 1. no quarter with an order: Prospect;
/// 2. no order in the last <see cref="LifecycleOptions.LapsedAfterQuarters"/> quarters: Lapsed;
/// 3. first order in the last <see cref="LifecycleOptions.DevelopmentQuarters"/> quarters: Development;
/// 4. compare the later half-year (as-of quarter and the one before) with the earlier (the two before those):
///    nothing earlier: Growth if anything later, else Decline; otherwise change = later ÷ earlier − 1,
///    above +band: Growth, below −band: Decline, within ±band (inclusive): Maturity.
/// </summary>
public sealed class CustomerLifecycle(LifecycleOptions options)
{
    public LifecycleOptions Options { get; } = options;

    public LifecycleAssessment Assess(Quarter asOf, IEnumerable<QuarterSales> sales)
    {
        var known = sales.Where(s => s.Quarter <= asOf).ToList();
        Guard.Require(known.Select(s => s.Amount.Currency).Distinct().Count() <= 1, nameof(sales), "All sales must be in one currency.");

        var byQuarter = known.GroupBy(s => s.Quarter).ToDictionary(g => g.Key, g => g.Sum(s => s.Amount.Amount));
        var ordering = byQuarter.Where(q => q.Value > 0m).Select(q => q.Key).Order().ToList();
        var window = asOf.LastFour;
        var earlier = SalesIn(byQuarter, window[0], window[1]);
        var later = SalesIn(byQuarter, window[2], window[3]);

        LifecycleAssessment Result(LifecycleStage stage) =>
            new(stage, asOf, ordering.Count == 0 ? null : ordering[0], ordering.Count == 0 ? null : ordering[^1], earlier, later);

        if (ordering.Count == 0) return Result(LifecycleStage.Prospect);
        if (ordering[^1] < asOf.Window(Options.LapsedAfterQuarters)[0]) return Result(LifecycleStage.Lapsed);
        if (ordering[0] >= asOf.Window(Options.DevelopmentQuarters)[0]) return Result(LifecycleStage.Development);
        return Result(Trend(earlier, later));
    }

    /// <summary>The rule that gave the assessment its stage, in words, with the figures it compared.</summary>
    public string Explain(LifecycleAssessment a)
    {
        var window = a.AsOf.LastFour;
        return a.Stage switch
        {
            LifecycleStage.Prospect => $"No quarter up to {a.AsOf} has an order.",
            LifecycleStage.Lapsed => $"The last order was in {a.LastOrder}; none in the {Options.LapsedAfterQuarters} quarters ending with {a.AsOf}.",
            LifecycleStage.Development => $"The first order was in {a.FirstOrder}, within the {Options.DevelopmentQuarters} quarters ending with {a.AsOf}.",
            _ when a.EarlierHalfYear <= 0m =>
                $"Nothing sold in {window[0]} and {window[1]}; {a.LaterHalfYear} in {window[2]} and {window[3]}.",
            _ => $"Sales of {window[2]} and {window[3]} ({a.LaterHalfYear}) against {window[0]} and {window[1]} ({a.EarlierHalfYear}): "
                + $"a change of {a.LaterHalfYear / a.EarlierHalfYear - 1m:P1}, "
                + (a.Stage == LifecycleStage.Maturity ? "within" : "beyond") + $" the stable band of ±{Options.StableBand:P0}.",
        };
    }

    private LifecycleStage Trend(decimal earlier, decimal later)
    {
        if (earlier <= 0m) return later > 0m ? LifecycleStage.Growth : LifecycleStage.Decline;
        var change = later / earlier - 1m;
        return change > Options.StableBand ? LifecycleStage.Growth
            : change < -Options.StableBand ? LifecycleStage.Decline
            : LifecycleStage.Maturity;
    }

    private static decimal SalesIn(Dictionary<Quarter, decimal> byQuarter, params Quarter[] quarters) =>
        quarters.Sum(q => byQuarter.GetValueOrDefault(q));
}
