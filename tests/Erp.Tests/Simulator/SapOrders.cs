using System.Text.Json.Nodes;

namespace Erp.Tests.Simulator;

/// <summary>Deep-insert bodies shaped like the adapters' requests: one configured line with two BOM components as sub-items.</summary>
public static class SapOrders
{
    public static JsonObject Valid(string reference) => new()
    {
        ["SalesOrderType"] = "OR",
        ["SalesOrganization"] = "1010",
        ["DistributionChannel"] = "10",
        ["OrganizationDivision"] = "00",
        ["SoldToParty"] = "10100001",
        ["PurchaseOrderByCustomer"] = reference,
        ["RequestedDeliveryDate"] = "/Date(1775001600000)/",
        ["TransactionCurrency"] = "EUR",
        ["to_Partner"] = new JsonArray(new JsonObject
        {
            ["PartnerFunction"] = "WE",
            ["Customer"] = "10100001",
            ["to_Address"] = new JsonArray(new JsonObject { ["OrganizationName1"] = "Velo GmbH", ["CityName"] = "Berlin", ["Country"] = "DE" }),
        }),
        ["to_Item"] = new JsonArray(
            new JsonObject
            {
                ["SalesOrderItem"] = "10", ["Material"] = "CITY-BIKE", ["SalesOrderItemText"] = "City bike, 28 in, blue",
                ["RequestedQuantity"] = "2", ["RequestedQuantityUnit"] = "EA", ["ProductionPlant"] = "1010",
                ["to_PricingElement"] = new JsonArray(new JsonObject { ["ConditionType"] = "PR00", ["ConditionRateValue"] = "1234.50", ["ConditionCurrency"] = "EUR" }),
            },
            new JsonObject
            {
                ["SalesOrderItem"] = "20", ["HigherLevelItem"] = "10", ["Material"] = "FRAME-28", ["RequestedQuantity"] = "2",
                ["RequestedQuantityUnit"] = "EA", ["ProductionPlant"] = "1010",
            },
            new JsonObject
            {
                ["SalesOrderItem"] = "30", ["HigherLevelItem"] = "10", ["Material"] = "WHEEL-28", ["RequestedQuantity"] = "4",
                ["RequestedQuantityUnit"] = "EA", ["ProductionPlant"] = "1010",
            }),
    };
}
