namespace Configurator.Crm.Analysis;

/// <summary>
/// A customer's lifecycle stage as of a quarter, with what it was derived from: first and last quarter with an order
/// (null for a prospect), and net sales of the earlier and later half-year of the last four quarters.
/// </summary>
public sealed record LifecycleAssessment(
    LifecycleStage Stage,
    Quarter AsOf,
    Quarter? FirstOrder,
    Quarter? LastOrder,
    decimal EarlierHalfYear,
    decimal LaterHalfYear);
