using System.Text.Json.Nodes;

namespace Erp.Tests.Simulator;

/// <summary>salesOrder deep-insert bodies shaped like the adapters' requests: an Item line followed by its components as Comment lines.</summary>
public static class BusinessCentralOrders
{
    public static JsonObject Valid(string reference) => new()
    {
        ["externalDocumentNumber"] = reference,
        ["orderDate"] = "2026-03-02",
        ["customerNumber"] = "C00010",
        ["currencyCode"] = "EUR",
        ["requestedDeliveryDate"] = "2026-04-01",
        ["shipToName"] = "Velo GmbH",
        ["shipToAddressLine1"] = "Hauptstr. 1",
        ["shipToCity"] = "Berlin",
        ["shipToPostCode"] = "10115",
        ["shipToCountry"] = "DE",
        ["salesOrderLines"] = new JsonArray(
            new JsonObject
            {
                ["sequence"] = 10000, ["lineType"] = "Item", ["lineObjectNumber"] = "CITY-BIKE",
                ["description"] = "City bike, 28 in, blue", ["quantity"] = 2, ["unitPrice"] = 1234.5,
            },
            new JsonObject { ["sequence"] = 20000, ["lineType"] = "Comment", ["description"] = "Component FRAME-28 x 2 EA, plant 1010" }),
    };
}
