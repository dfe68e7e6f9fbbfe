using Configurator.Catalog.Model;

namespace Configurator.Catalog.Pricing;

/// <summary>List price: base unit plus each option, times the quantity.</summary>
public sealed class ListPriceCalculator : IPriceCalculator
{
    public static readonly ListPriceCalculator Instance = new();

    public PriceBreakdown Price(ProductFamily family, IReadOnlyList<ProductOption> options, int quantity)
    {
        var lines = new List<PriceLine>(options.Count + 1) { new(null, family.Name, family.BasePrice) };
        lines.AddRange(options.Select(o => new PriceLine(o.Id, o.Name, o.ListPrice)));
        var unit = lines.Aggregate(Money.Zero(family.Currency), (sum, line) => sum + line.UnitPrice);
        return new PriceBreakdown(lines, unit, quantity, unit * quantity);
    }
}
