namespace Configurator.Catalog.Engine;

/// <summary>
/// One structural rule compiled on its own, together with the cardinality of the groups it
/// touches (<see cref="Variables"/>: the scope and those groups' options): small enough to test per excluded option, so exclusions can name their rule.
/// </summary>
internal sealed record RuleCheck(string RuleId, string Message, int[] Scope, int[] Variables, DecisionDiagram Diagram);
