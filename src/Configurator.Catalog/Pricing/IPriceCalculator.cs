using Configurator.Catalog.Model;

namespace Configurator.Catalog.Pricing;

/// <summary>
/// The pricing seam: list prices now; account price lists, negotiated discounts and
/// volume breaks plug in here.
/// </summary>
public interface IPriceCalculator
{
    PriceBreakdown Price(ProductFamily family, IReadOnlyList<ProductOption> options, int quantity);
}
