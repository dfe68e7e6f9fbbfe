using Configurator.Catalog.Model;

namespace Configurator.Catalog.Bom;

/// <summary>
/// One manufacturing line of a configured order: a component, how many for the whole order,
/// its unit, the plant that builds it, and the options (or the base unit, "base") it comes from.
/// </summary>
public sealed record BomLine(Sku Sku, decimal Quantity, string Unit, string Plant, IReadOnlyList<string> Sources);
