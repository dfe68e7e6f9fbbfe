using Configurator.Orders.Routing;

namespace Configurator.Tests.Routing;

/// <summary>Orders to route: a plain one that needs nothing special, changed per test with <c>with</c>.</summary>
internal static class RoutingOrders
{
    /// <summary>5 enterprise laptops worth 10,000 USD at a 5% discount the rep may give (authority 10%).</summary>
    public static RoutingFacts Plain(string family = "business-laptop", string region = "NA") => new(
        Family: family,
        Region: region,
        ShipToCountry: "US",
        Segment: "enterprise",
        OrderValue: 10_000m,
        Currency: "USD",
        Quantity: 5,
        DiscountPercent: 5m,
        RepDiscountAuthorityPercent: 10m,
        CustomerOnCreditHold: false,
        CustomerNumber: "C-100200");
}
