using Configurator.Catalog.Pricing;

namespace Configurator.Catalog.Engine;

/// <summary>
/// A valid complete configuration that keeps every applicable pick: all its options, the ones
/// it added, its price and lead time. Null <see cref="Options"/> means none exists.
/// </summary>
public sealed record CompletionResult(
    CompletionObjective Objective,
    IReadOnlyList<string>? Options,
    IReadOnlyList<string> Added,
    IReadOnlyList<PickConflict> Conflicts,
    PriceBreakdown? Price,
    int? LeadTimeDays);
