namespace Configurator.Catalog.Rules;

public enum RuleSeverity { Error, Warning }

/// <summary>The outcome of one business rule for one configuration.</summary>
public sealed record BusinessRuleResult(string Workflow, string RuleName, bool Passed, RuleSeverity Severity, string? Message);
