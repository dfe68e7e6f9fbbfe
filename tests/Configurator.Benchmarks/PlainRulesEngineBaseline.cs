using System.Globalization;
using Configurator.Catalog.Engine;
using Configurator.Catalog.Model;
using Configurator.Catalog.Rules;
using RulesEngine.Models;

namespace Configurator.Benchmarks;

/// <summary>
/// The way RulesEngine's documentation shows it used: the family's constraints written as one
/// workflow of lambda rules, and ExecuteAllRulesAsync per evaluation. Availability means one
/// evaluation per option (the picks plus that option); validity one more for the picks alone.
/// It only checks the rules locally, so it is weaker guidance than the engine gives.
/// </summary>
internal sealed class PlainRulesEngineBaseline
{
    private const string Workflow = "structure";
    private readonly ProductFamily _family;
    private readonly RulesEngine.RulesEngine _rules;

    public PlainRulesEngineBaseline(ProductFamily family)
    {
        _family = family;
        var rules = family.Groups.Select(g => Rule($"group-{g.Id}", $"config.InGroup(\"{g.Id}\") <= {g.MaxCount}"))
            .Concat(family.Constraints.Select(c => Rule(c.Id, Expression(c))))
            .ToList();
        _rules = new RulesEngine.RulesEngine([new Workflow { WorkflowName = Workflow, Rules = rules }],
            new ReSettings { CustomTypes = [typeof(ConfigurationFacts)] });
    }

    public async Task<int> AvailableOptionsAsync(ConfigurationRequest request)
    {
        var picked = request.Picks.Select(_family.Option).ToList();
        var available = await IsValidAsync(picked, request.Context) ? 1 : 0;
        foreach (var option in _family.Options)
        {
            if (picked.Contains(option)) continue;
            if (await IsValidAsync([.. picked, option], request.Context)) available++;
        }
        return available;
    }

    private async Task<bool> IsValidAsync(IReadOnlyList<ProductOption> options, SelectionContext context)
    {
        var facts = new ConfigurationFacts(_family, options, context, 0m);
        var results = await _rules.ExecuteAllRulesAsync(Workflow, new RuleParameter("config", facts));
        return results.All(r => r.IsSuccess);
    }

    private static Rule Rule(string name, string expression) =>
        new() { RuleName = name, Expression = expression, RuleExpressionType = RuleExpressionType.LambdaExpression };

    private static string Has(string id) => $"config.Has(\"{id}\")";

    private static string Expression(Constraint constraint) => constraint switch
    {
        RequiresConstraint c => $"!{Has(c.Option)} || ({string.Join(" && ", c.Required.Select(Has).DefaultIfEmpty("true"))})",
        RequiresOneOfConstraint c => $"!{Has(c.Option)} || ({string.Join(" || ", c.OneOf.Select(Has))})",
        ExcludesConstraint c => $"!{Has(c.Option)} || !({string.Join(" || ", c.Excluded.Select(Has).DefaultIfEmpty("false"))})",
        ResourceLimitConstraint c => c.CapacityAttribute is null
            ? $"config.Sum(\"{c.Attribute}\") <= {c.Limit.ToString(CultureInfo.InvariantCulture)}"
            : $"config.Sum(\"{c.Attribute}\") <= config.Sum(\"{c.CapacityAttribute}\") + {c.Limit.ToString(CultureInfo.InvariantCulture)}",
        QuantityLimitConstraint c => $"!{Has(c.Option)} || config.Quantity <= {c.MaxQuantity}",
        _ => "true",
    };
}
