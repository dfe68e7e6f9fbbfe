using Configurator.Catalog.Pricing;

namespace Configurator.Catalog.Engine;

/// <summary>
/// Cheapest and fastest valid completions, exact: a least-cost path through the compiled
/// diagram (price in cents per option), and for lead time the smallest threshold that
/// still leaves a completion, then the cheapest under it.
/// </summary>
public sealed class CompletionFinder(IPriceCalculator pricing)
{
    public CompletionResult Complete(CompiledFamily family, ConfigurationRequest request, CompletionObjective objective)
    {
        var state = SelectionState.Apply(family, request);
        var options = family.Variables;
        var fixedValues = state.Fixed;
        if (objective == CompletionObjective.Fastest)
            fixedValues = WithinFastestLeadTime(family, fixedValues) ?? fixedValues;

        var best = family.Diagram.MinimumCost(fixedValues, family.PricesInCents, new long[options.Count]);
        if (best is not { Assignment: var assignment })
            return new CompletionResult(objective, null, [], state.Conflicts, null, null);

        var chosen = family.InFamilyOrder(Enumerable.Range(0, options.Count).Where(v => assignment[v]));
        var accepted = state.Accepted.ToHashSet();
        return new CompletionResult(
            objective,
            [.. chosen.Select(o => o.Id)],
            [.. chosen.Where(o => !accepted.Contains(family.VariableOf[o.Id])).Select(o => o.Id)],
            state.Conflicts,
            pricing.Price(family.Family, chosen, request.Context.Quantity),
            ConfigurationEngine.LeadTime(family.Family, chosen));
    }

    /// <summary>The fixed values with every option slower than the fastest feasible lead time ruled out.</summary>
    private static sbyte[]? WithinFastestLeadTime(CompiledFamily family, sbyte[] fixedValues)
    {
        var options = family.Variables;
        var floor = Enumerable.Range(0, options.Count).Where(v => fixedValues[v] == 1)
            .Select(v => options[v].LeadTimeDays).DefaultIfEmpty(0).Max();
        foreach (var threshold in options.Select(o => o.LeadTimeDays).Where(d => d >= floor).Append(floor).Distinct().Order())
        {
            var trial = (sbyte[])fixedValues.Clone();
            for (var v = 0; v < trial.Length; v++)
                if (trial[v] == -1 && options[v].LeadTimeDays > threshold) trial[v] = 0;
            if (family.Diagram.IsSatisfiable(trial)) return trial;
        }
        return null;
    }
}
