using Configurator.Catalog.Model;

namespace Configurator.Catalog.Bom;

/// <summary>
/// Turns a configured product into manufacturing BOM lines: the family's base BOM plus each
/// chosen option's components, times the order quantity. The same component in the same unit
/// from several sources becomes one line with the quantities summed, so a plant picks it once.
/// </summary>
public static class BomExplosion
{
    public const string BaseSource = "base";

    public static IReadOnlyList<BomLine> Explode(ProductFamily family, IEnumerable<ProductOption> options, int quantity, string plant)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quantity, 1);
        ArgumentException.ThrowIfNullOrWhiteSpace(plant);

        var components = family.BaseBom.Select(c => (Source: BaseSource, Component: c))
            .Concat(options.SelectMany(o => o.Bom.Select(c => (Source: o.Id, Component: c))));
        return [.. components
            .GroupBy(x => (x.Component.Sku, x.Component.Unit))
            .Select(g => new BomLine(g.Key.Sku, g.Sum(x => x.Component.Quantity) * quantity, g.Key.Unit, plant,
                [.. g.Select(x => x.Source).Distinct()]))
            .OrderBy(l => l.Sku.Value, StringComparer.Ordinal)
            .ThenBy(l => l.Unit, StringComparer.Ordinal)];
    }
}
