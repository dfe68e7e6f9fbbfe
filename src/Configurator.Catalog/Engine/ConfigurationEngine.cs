using Configurator.Catalog.Model;
using Configurator.Catalog.Pricing;
using Configurator.Catalog.Rules;

namespace Configurator.Catalog.Engine;

/// <summary>
/// Answers a partial selection with complete guidance: every option selectable (some valid
/// completion contains it) or excluded (none does) with the rules that exclude it, what the
/// picks imply, what is still required, price, lead time and the business-rule results.
/// </summary>
public sealed class ConfigurationEngine(IPriceCalculator pricing)
{
    public ConfigurationResult Configure(ProductModel model, CompiledFamily family, ConfigurationRequest request)
    {
        var state = SelectionState.Apply(family, request, withGuidance: true);
        var n = family.VariableCount;
        var fixedValues = state.Fixed;
        var (fewestBreaks, breaksToBeTrue, breaksToBeFalse) = state.Guidance!;
        var satisfiable = fewestBreaks == 0;

        // What the picks already decide: explanations can then point at one rule at a time.
        var consequences = (sbyte[])fixedValues.Clone();
        for (var v = 0; v < n; v++)
        {
            if (consequences[v] != -1) continue;
            if (breaksToBeTrue[v] > 0) consequences[v] = 0;
            else if (breaksToBeFalse[v] > 0) consequences[v] = 1;
        }

        var options = family.Variables;
        var pickInGroup = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var pick in state.Accepted.Where(family.IsSingle)) pickInGroup[family.GroupOf[pick]] = pick;

        var states = new OptionState[n];
        var implied = new List<int>();
        for (var v = 0; v < n; v++)
        {
            var option = options[v];
            if (fixedValues[v] == 1)
                states[v] = new OptionState(option.Id, option.GroupId, OptionAvailability.Selected, null, []);
            else if (breaksToBeTrue[v] == 0 && breaksToBeFalse[v] > 0)
            {
                implied.Add(v);
                states[v] = new OptionState(option.Id, option.GroupId, OptionAvailability.Implied, null, state.Explain(v, false, fixedValues, consequences));
            }
            else if (breaksToBeTrue[v] == 0)
                states[v] = new OptionState(option.Id, option.GroupId, OptionAvailability.Selectable, null, []);
            // In a single-choice group every completion with this option drops the group's pick:
            // one broken pick means it can replace that pick.
            else if (breaksToBeTrue[v] == 1 && pickInGroup.TryGetValue(option.GroupId, out var replaced))
                states[v] = new OptionState(option.Id, option.GroupId, OptionAvailability.Selectable, options[replaced].Id, []);
            else
                states[v] = new OptionState(option.Id, option.GroupId, OptionAvailability.Excluded, null,
                    ExplainExclusion(state, v, pickInGroup.GetValueOrDefault(option.GroupId, -1), consequences));
        }

        var chosen = state.Accepted.Concat(implied).ToArray();
        var assignment = new bool[n];
        foreach (var v in chosen) assignment[v] = true;
        var chosenOptions = family.InFamilyOrder(chosen);

        var price = pricing.Price(family.Family, chosenOptions, request.Context.Quantity);
        var facts = new ConfigurationFacts(family.Family, chosenOptions, request.Context, price.UnitPrice.Amount);
        return new ConfigurationResult(
            family.Family.Id,
            [.. state.Accepted.Select(v => options[v].Id)],
            [.. implied.Select(v => options[v].Id)],
            [.. family.Family.Options.Select(o => states[family.VariableOf[o.Id]])],
            state.Conflicts,
            OpenRequirements(family, assignment),
            price,
            LeadTime(family.Family, chosenOptions),
            model.BusinessRules.Evaluate(facts))
        {
            IsComplete = satisfiable && family.Diagram.Evaluate(assignment),
        };
    }

    public static int LeadTime(ProductFamily family, IEnumerable<ProductOption> options) =>
        family.BaseLeadTimeDays + options.Select(o => o.LeadTimeDays).DefaultIfEmpty(0).Max();

    /// <summary>Explains an exclusion against the picks, minus the group's pick it would replace.</summary>
    private static IReadOnlyList<Reason> ExplainExclusion(SelectionState state, int variable, int replaced, sbyte[] consequences)
    {
        if (replaced < 0) return state.Explain(variable, true, state.Fixed, consequences);
        var baseline = (sbyte[])state.Fixed.Clone();
        baseline[replaced] = -1;
        return state.Explain(variable, true, baseline);
    }

    private static OpenRequirement[] OpenRequirements(CompiledFamily family, bool[] assignment)
    {
        var open = new List<OpenRequirement>();
        foreach (var group in family.Family.Groups)
        {
            var count = group.Options.Count(o => assignment[family.VariableOf[o.Id]]);
            if (count < group.LowerBound) open.Add(new OpenRequirement(group.Id, group.Name, group.LowerBound - count));
        }
        return [.. open];
    }
}
