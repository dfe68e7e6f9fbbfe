using Configurator.Catalog.Model;
using Configurator.Orders.Model;

namespace Configurator.Orders.Placement;

/// <summary>
/// An order for a saved configuration. Quantity replaces the configuration's, and is re-validated.
/// Discount and the rep's authority (percent, 0 to 100) come with quotes; a web order has neither.
/// </summary>
public sealed record PlaceOrderRequest(
    Guid ConfigurationId,
    int Quantity,
    string CustomerNumber,
    ShipTo ShipTo,
    DateOnly RequestedDate,
    decimal DiscountPercent = 0m,
    decimal RepDiscountAuthorityPercent = 0m,
    QuotedPrice? Quote = null);

/// <summary>The price an accepted quote fixed: the order is placed at this net unit price rather than at list.</summary>
public sealed record QuotedPrice(string QuoteNumber, Money NetUnitPrice);
