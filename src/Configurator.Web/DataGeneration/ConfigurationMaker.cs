using Configurator.Catalog.Engine;
using Configurator.Catalog.Model;

namespace Configurator.Web.DataGeneration;

/// <summary>A configuration the engine made: the customer's own picks and the complete, orderable answer for them.</summary>
internal sealed record MadeConfiguration(IReadOnlyList<string> OwnPicks, ConfigurationRequest Request, ConfigurationResult Result);

/// <summary>
/// Makes configurations the way a customer would: a few picks the engine says are selectable, then the engine's
/// cheapest or fastest completion. A habit (the customer's own picks from before) is applied first, so repeat
/// customers order much the same thing. Only orderable answers count: complete, no conflicts, no business rule of
/// severity error failing. When a rule fails (public sector without ProSupport, say), one more selectable pick
/// usually mends it, as a sales rep would add it.
/// </summary>
internal sealed class ConfigurationMaker(ConfigurationEngine engine, CompletionFinder completions)
{
    private const int Attempts = 4;
    private const int RepairTries = 40;

    public MadeConfiguration? Make(ProductModel model, CompiledFamily family, SelectionContext context, IReadOnlyList<string>? habit,
        CompletionObjective objective, Random random)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var usual = attempt == 0 && habit is not null;
            var picks = usual ? Applicable(model, family, context, habit!) : [];
            AddSelectable(model, family, context, picks, usual ? (random.Chance(0.2) ? 1 : 0) : random.Next(1, 5), random);
            if (Finish(model, family, context, picks, objective) is { } made) return made;
            if (Repair(model, family, context, picks, objective, random) is { } repaired) return repaired;
        }
        return null;
    }

    /// <summary>What the customer compared before ordering: the same picks and one more, completed the same way; null when that is no different.</summary>
    public MadeConfiguration? Alternative(ProductModel model, CompiledFamily family, MadeConfiguration made, CompletionObjective objective, Random random)
    {
        var picks = made.OwnPicks.ToList();
        AddSelectable(model, family, made.Request.Context, picks, 1, random);
        return Finish(model, family, made.Request.Context, picks, objective) is { } alternative
            && !alternative.Request.Picks.SequenceEqual(made.Request.Picks) ? alternative : null;
    }

    private MadeConfiguration? Finish(ProductModel model, CompiledFamily family, SelectionContext context, List<string> picks, CompletionObjective objective)
    {
        var request = new ConfigurationRequest([.. picks], context);
        if (completions.Complete(family, request, objective).Options is not { } options) return null;
        var complete = request with { Picks = options };
        var result = engine.Configure(model, family, complete);
        return result.IsOrderable ? new MadeConfiguration(request.Picks, complete, result) : null;
    }

    /// <summary>Tries one more selectable pick at a time until a completion passes the business rules.</summary>
    private MadeConfiguration? Repair(ProductModel model, CompiledFamily family, SelectionContext context, List<string> picks,
        CompletionObjective objective, Random random)
    {
        var candidates = Selectable(model, family, context, picks).OrderBy(_ => random.Next()).Take(RepairTries);
        foreach (var candidate in candidates)
            if (Finish(model, family, context, [.. picks, candidate], objective) is { } made) return made;
        return null;
    }

    private void AddSelectable(ProductModel model, CompiledFamily family, SelectionContext context, List<string> picks, int count, Random random)
    {
        for (var i = 0; i < count; i++)
        {
            var selectable = Selectable(model, family, context, picks);
            if (selectable.Count == 0) return;
            picks.Add(random.Pick(selectable));
        }
    }

    /// <summary>Plainly selectable options: one that would replace a pick is a change of mind, not a further pick.</summary>
    private List<string> Selectable(ProductModel model, CompiledFamily family, SelectionContext context, List<string> picks) =>
        [.. engine.Configure(model, family, new ConfigurationRequest([.. picks], context)).Options
            .Where(o => o is { Availability: OptionAvailability.Selectable, Replaces: null }).Select(o => o.OptionId)];

    /// <summary>The habit's picks the engine still accepts in this context (region, date, quantity).</summary>
    private List<string> Applicable(ProductModel model, CompiledFamily family, SelectionContext context, IReadOnlyList<string> habit)
    {
        var known = habit.Where(p => family.Family.TryGetOption(p, out _)).ToList();
        return [.. engine.Configure(model, family, new ConfigurationRequest(known, context)).Selected];
    }
}
