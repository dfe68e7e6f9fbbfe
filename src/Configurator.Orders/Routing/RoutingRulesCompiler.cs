using Configurator.Catalog.Loading;
using Erp.Abstractions;
using RulesEngine.ExpressionBuilders;
using RulesEngine.Models;

namespace Configurator.Orders.Routing;

/// <summary>
/// Turns schema-valid routing workflows into <see cref="RoutingRules"/>: checks what the schema
/// cannot say per workflow (names, required properties, adapters), and compiles every expression
/// once with RulesEngine's own parser over <c>order</c> (a <see cref="RoutingFacts"/>).
/// </summary>
internal static class RoutingRulesCompiler
{
    public const string Parameter = "order";

    public static RoutingRules? Compile(string version, IReadOnlyList<(string File, WorkflowDocument[] Workflows)> documents, List<ModelError> errors)
    {
        var parser = new RuleExpressionParser(new ReSettings { CustomTypes = [typeof(RoutingFacts)] });
        var parameters = new[] { RuleParameter.Create(Parameter, typeof(RoutingFacts)) };
        var targets = new List<CompiledRoutingRule<ErpTarget>>();
        var approvals = new List<CompiledRoutingRule<string>>();
        var priorities = new List<CompiledRoutingRule<OrderPriority>>();
        var seen = new HashSet<(string Workflow, string Rule)>();

        foreach (var (file, workflows) in documents)
        {
            for (var w = 0; w < workflows.Length; w++)
            {
                var workflow = workflows[w].WorkflowName;
                if (!RoutingWorkflows.All.Contains(workflow))
                {
                    errors.Add(new ModelError(file, $"$[{w}].WorkflowName",
                        $"'{workflow}' is not a routing workflow; use {string.Join(", ", RoutingWorkflows.All.Select(n => $"'{n}'"))}."));
                    continue;
                }
                for (var r = 0; r < workflows[w].Rules.Length; r++)
                {
                    var rule = workflows[w].Rules[r];
                    var path = $"$[{w}].Rules[{r}]";
                    if (!seen.Add((workflow, rule.RuleName)))
                        errors.Add(new ModelError(file, path + ".RuleName", $"Rule '{rule.RuleName}' appears twice in workflow '{workflow}'."));
                    var properties = CheckProperties(file, path, workflow, rule, errors);
                    var expression = CompileExpression(file, path, rule, parser, parameters, errors);
                    if (rule.Enabled == false || expression is null || properties is null) continue;

                    switch (workflow)
                    {
                        case RoutingWorkflows.ErpTarget:
                            targets.Add(new(workflow, rule.RuleName, expression,
                                new ErpTarget(properties["adapter"], properties["company"], properties["plant"])));
                            break;
                        case RoutingWorkflows.Approval:
                            approvals.Add(new(workflow, rule.RuleName, expression, rule.ErrorMessage));
                            break;
                        default:
                            priorities.Add(new(workflow, rule.RuleName, expression, Enum.Parse<OrderPriority>(properties["priority"], ignoreCase: true)));
                            break;
                    }
                }
            }
        }
        if (errors.Count == 0 && targets.Count == 0)
            errors.Add(new ModelError(RoutingRulesLoader.RoutingFolder, "$",
                $"No enabled '{RoutingWorkflows.ErpTarget}' rule in any routing file, so orders cannot be routed."));
        return errors.Count == 0 ? new RoutingRules(version, targets, approvals, priorities) : null;
    }

    /// <summary>The rule's properties when they suit its workflow; the schema allows each property in every workflow.</summary>
    private static Dictionary<string, string>? CheckProperties(string file, string path, string workflow, RuleDocument rule, List<ModelError> errors)
    {
        var properties = rule.Properties ?? [];
        var required = RoutingWorkflows.Properties[workflow];
        var before = errors.Count;
        foreach (var name in required.Where(n => !properties.ContainsKey(n)))
            errors.Add(new ModelError(file, $"{path}.Properties.{name}", $"A '{workflow}' rule needs the property '{name}'."));
        foreach (var name in properties.Keys.Where(n => !required.Contains(n)))
            errors.Add(new ModelError(file, $"{path}.Properties.{name}", $"The property '{name}' means nothing in a '{workflow}' rule."));
        if (properties.TryGetValue("adapter", out var adapter) && !RoutingWorkflows.Adapters.Contains(adapter))
            errors.Add(new ModelError(file, $"{path}.Properties.adapter",
                $"Unknown ERP adapter '{adapter}'; use {string.Join(" or ", RoutingWorkflows.Adapters.Select(a => $"'{a}'"))}."));
        if (properties.TryGetValue("priority", out var priority) && !Enum.GetNames<OrderPriority>().Contains(priority, StringComparer.OrdinalIgnoreCase))
            errors.Add(new ModelError(file, $"{path}.Properties.priority", $"Unknown priority '{priority}'; use 'low', 'normal' or 'high'."));
        if (workflow == RoutingWorkflows.Approval && string.IsNullOrWhiteSpace(rule.ErrorMessage))
            errors.Add(new ModelError(file, $"{path}.ErrorMessage", "An approval rule needs an ErrorMessage: it is the reason shown to the approver."));
        return errors.Count == before ? properties : null;
    }

    private static Func<object[], bool>? CompileExpression(
        string file, string path, RuleDocument rule, RuleExpressionParser parser, RuleParameter[] parameters, List<ModelError> errors)
    {
        try
        {
            return parser.Compile<bool>(rule.Expression, parameters);
        }
        catch (Exception e) when (e is System.Linq.Dynamic.Core.Exceptions.ParseException or InvalidOperationException or ArgumentException)
        {
            errors.Add(new ModelError(file, path + ".Expression", e.Message));
            return null;
        }
    }
}
