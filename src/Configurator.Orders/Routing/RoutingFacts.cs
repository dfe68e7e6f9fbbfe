namespace Configurator.Orders.Routing;

/// <summary>
/// What a routing rule sees of an order, as <c>order</c> in its expression. Money is in
/// <see cref="Currency"/> (no conversion: limits in the rules apply to the order's own currency),
/// percentages are 0–100. Members are documented in docs/routing.md; keep the two in step.
/// </summary>
public sealed record RoutingFacts(
    string Family,
    string Region,
    string ShipToCountry,
    string Segment,
    decimal OrderValue,
    string Currency,
    int Quantity,
    decimal DiscountPercent,
    decimal RepDiscountAuthorityPercent,
    bool CustomerOnCreditHold,
    string CustomerNumber);
