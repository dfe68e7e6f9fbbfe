namespace Configurator.Catalog.Engine;

/// <summary>
/// What <see cref="DecisionDiagram.Guidance"/> found: the fewest picks any valid completion
/// breaks, and per option the fewest it must break to be in or out (0, 1, or 2 for more).
/// Shared between callers: never written after it is made.
/// </summary>
internal sealed record Guidance(byte FewestBreaks, IReadOnlyList<byte> BreaksToBeTrue, IReadOnlyList<byte> BreaksToBeFalse);
