using System.Collections.Frozen;
using RulesEngine.ExpressionBuilders;
using RulesEngine.Models;

namespace Configurator.Catalog.Rules;

/// <summary>
/// The business rules of one model version, each expression compiled once with RulesEngine's
/// own expression parser and kept for the life of the version (RulesEngine 6 no longer caches
/// compiled rules across evaluations).
/// </summary>
public sealed class BusinessRuleSet
{
    public const string AllFamilies = "all-families";

    private readonly FrozenDictionary<string, CompiledRule[]> _byWorkflow;

    private BusinessRuleSet(IEnumerable<CompiledRule> rules) =>
        _byWorkflow = rules.GroupBy(r => r.Rule.Workflow).ToFrozenDictionary(g => g.Key, g => g.ToArray());

    public static readonly BusinessRuleSet Empty = new([]);

    public IEnumerable<BusinessRule> Rules => _byWorkflow.Values.SelectMany(r => r).Select(r => r.Rule);

    private sealed record CompiledRule(BusinessRule Rule, Func<object[], bool> Evaluate);

    /// <summary>Compiles every rule; the failures name the rule and the parser's message.</summary>
    public static (BusinessRuleSet? Set, IReadOnlyList<(BusinessRule Rule, string Error)> Errors) Compile(IEnumerable<BusinessRule> rules)
    {
        var parser = new RuleExpressionParser(new ReSettings { CustomTypes = [typeof(ConfigurationFacts)] });
        var parameters = new[] { RuleParameter.Create("config", typeof(ConfigurationFacts)) };
        var compiled = new List<CompiledRule>();
        var errors = new List<(BusinessRule, string)>();
        foreach (var rule in rules)
        {
            try
            {
                compiled.Add(new CompiledRule(rule, parser.Compile<bool>(rule.Expression, parameters)));
            }
            catch (Exception e) when (e is System.Linq.Dynamic.Core.Exceptions.ParseException or InvalidOperationException or ArgumentException)
            {
                errors.Add((rule, e.Message));
            }
        }
        return errors.Count == 0 ? (new BusinessRuleSet(compiled), errors) : (null, errors);
    }

    /// <summary>Runs the rules for every family and those of the configuration's family.</summary>
    public IReadOnlyList<BusinessRuleResult> Evaluate(ConfigurationFacts facts)
    {
        var results = new List<BusinessRuleResult>();
        var args = new object[] { facts };
        foreach (var workflow in new[] { AllFamilies, facts.Family })
        {
            if (!_byWorkflow.TryGetValue(workflow, out var rules)) continue;
            foreach (var (rule, evaluate) in rules)
            {
                var passed = evaluate(args);
                results.Add(new BusinessRuleResult(rule.Workflow, rule.RuleName, passed, rule.Severity, passed ? null : rule.ErrorMessage));
            }
        }
        return results;
    }
}
