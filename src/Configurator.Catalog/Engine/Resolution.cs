namespace Configurator.Catalog.Engine;

/// <summary>One way to make a wanted option possible: picks to remove, options to add, and what it does to the unit price.</summary>
public sealed record Resolution(IReadOnlyList<string> Remove, IReadOnlyList<string> Add, decimal PriceChange, string Description);

/// <summary>
/// The smallest sets of changes to the picks that make <see cref="Target"/> possible, fewest
/// changes first, then by price change. Empty when no change of picks can (see <see cref="Reasons"/>).
/// </summary>
public sealed record ResolutionResult(string Target, IReadOnlyList<Resolution> Resolutions, IReadOnlyList<Reason> Reasons);
