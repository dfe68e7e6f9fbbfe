using System.Text.Json.Serialization;

namespace Configurator.Catalog.Loading;

/// <summary>A Microsoft RulesEngine workflow as written in rules/validation and rules/routing.</summary>
public sealed record WorkflowDocument(string WorkflowName, RuleDocument[] Rules);

/// <summary>One RulesEngine rule; which <see cref="Properties"/> mean something depends on the folder (see docs).</summary>
public sealed record RuleDocument(
    string RuleName, string Expression, string ErrorMessage,
    Dictionary<string, string>? Properties, bool? Enabled,
    [property: JsonPropertyName("RuleExpressionType")] string? ExpressionType);
