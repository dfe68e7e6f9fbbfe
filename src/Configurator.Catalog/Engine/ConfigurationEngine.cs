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
        var state = SelectionState.Apply(family, request);
        var n = family.VariableCount;
        var fixedValues = state.Fixed;
        var canBeTrue = new bool[n];
        var canBeFalse = new bool[n];
        var satisfiable = family.Diagram.Domains(fixedValues, canBeTrue, canBeFalse);

        // In a single-choice group, another option is offered as a replacement for the pick:
        // availability with that group's pick released.
        var replaceable = new bool[n];
        var replaces = new int[n];
        Array.Fill(replaces, -1);
        if (satisfiable)
        {
            var scratchFalse = new bool[n];
            var released = new bool[n];
            foreach (var pick in state.Accepted.Where(family.IsSingle))
            {
                fixedValues[pick] = -1;
                family.Diagram.Domains(fixedValues, released, scratchFalse);
                fixedValues[pick] = 1;
                foreach (var v in GroupVariables(family, pick))
                {
                    if (v == pick || !released[v]) continue;
                    replaceable[v] = true;
                    replaces[v] = pick;
                }
            }
        }

        var options = family.Family.Options;
        var states = new OptionState[n];
        var implied = new List<int>();
        for (var v = 0; v < n; v++)
        {
            var option = options[v];
            if (fixedValues[v] == 1)
                states[v] = new OptionState(option.Id, option.GroupId, OptionAvailability.Selected, null, []);
            else if (canBeTrue[v] && !canBeFalse[v])
            {
                implied.Add(v);
                states[v] = new OptionState(option.Id, option.GroupId, OptionAvailability.Implied, null, state.Explain(v, false, fixedValues));
            }
            else if (canBeTrue[v])
                states[v] = new OptionState(option.Id, option.GroupId, OptionAvailability.Selectable, null, []);
            else if (replaceable[v])
                states[v] = new OptionState(option.Id, option.GroupId, OptionAvailability.Selectable, options[replaces[v]].Id, []);
            else
                states[v] = new OptionState(option.Id, option.GroupId, OptionAvailability.Excluded, null, ExplainExclusion(state, v));
        }

        var chosen = state.Accepted.Concat(implied).ToArray();
        var assignment = new bool[n];
        foreach (var v in chosen) assignment[v] = true;
        var chosenOptions = chosen.Order().Select(v => options[v]).ToArray();

        var price = pricing.Price(family.Family, chosenOptions, request.Context.Quantity);
        var facts = new ConfigurationFacts(family.Family, chosenOptions, request.Context, price.UnitPrice.Amount);
        return new ConfigurationResult(
            family.Family.Id,
            [.. state.Accepted.Select(v => options[v].Id)],
            [.. implied.Select(v => options[v].Id)],
            states,
            state.Conflicts,
            OpenRequirements(family.Family, assignment),
            price,
            LeadTime(family.Family, chosenOptions),
            model.BusinessRules.Evaluate(facts))
        {
            IsComplete = satisfiable && family.Diagram.Evaluate(assignment),
        };
    }

    public static int LeadTime(ProductFamily family, IEnumerable<ProductOption> options) =>
        family.BaseLeadTimeDays + options.Select(o => o.LeadTimeDays).DefaultIfEmpty(0).Max();

    /// <summary>Explains an exclusion against the picks, minus this option's group pick when it would replace it.</summary>
    private static IReadOnlyList<Reason> ExplainExclusion(SelectionState state, int variable)
    {
        var family = state.Family;
        if (!family.IsSingle(variable)) return state.Explain(variable, true, state.Fixed);
        var baseline = (sbyte[])state.Fixed.Clone();
        foreach (var v in GroupVariables(family, variable))
            if (baseline[v] == 1) baseline[v] = -1;
        return state.Explain(variable, true, baseline);
    }

    private static IEnumerable<int> GroupVariables(CompiledFamily family, int variable) =>
        family.Family.Group(family.GroupOf[variable]).Options.Select(o => family.VariableOf[o.Id]);

    private static OpenRequirement[] OpenRequirements(ProductFamily family, bool[] assignment)
    {
        var open = new List<OpenRequirement>();
        var index = 0;
        foreach (var group in family.Groups)
        {
            var count = 0;
            foreach (var _ in group.Options) if (assignment[index++]) count++;
            if (count < group.LowerBound) open.Add(new OpenRequirement(group.Id, group.Name, group.LowerBound - count));
        }
        return [.. open];
    }
}
