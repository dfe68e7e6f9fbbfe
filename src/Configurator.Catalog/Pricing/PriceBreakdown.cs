using Configurator.Catalog.Model;

namespace Configurator.Catalog.Pricing;

/// <summary>One line of a unit price: the base unit or one option.</summary>
public sealed record PriceLine(string? OptionId, string Description, Money UnitPrice);

/// <summary>How a configuration's price is made up: per-unit lines, unit price, quantity and total.</summary>
public sealed record PriceBreakdown(IReadOnlyList<PriceLine> Lines, Money UnitPrice, int Quantity, Money Total);
