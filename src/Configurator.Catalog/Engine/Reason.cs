namespace Configurator.Catalog.Engine;

/// <summary>
/// Why an option is excluded or implied: the rule (a constraint id, <c>group:…</c> for a
/// group's cardinality, or <c>region</c> / <c>effective-date</c>), in plain words, and the
/// picks that bring it into play.
/// </summary>
public sealed record Reason(string RuleId, string Message, IReadOnlyList<string> Because);
