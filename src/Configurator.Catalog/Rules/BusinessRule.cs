namespace Configurator.Catalog.Rules;

/// <summary>A business rule as written in rules/validation: true when the configuration passes.</summary>
public sealed record BusinessRule(string Workflow, string RuleName, string Expression, string ErrorMessage, RuleSeverity Severity);
