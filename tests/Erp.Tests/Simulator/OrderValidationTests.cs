using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace Erp.Tests.Simulator;

/// <summary>Orders an ERP would refuse are answered 400 in the vendor's error shape, and nothing is stored.</summary>
public sealed class OrderValidationTests
{
    public static TheoryData<string, Action<JsonObject>> InvalidSapOrders() => new()
    {
        { "missing PurchaseOrderByCustomer", o => o.Remove("PurchaseOrderByCustomer") },
        { "no items", o => o["to_Item"] = new JsonArray() },
        { "zero quantity", o => o["to_Item"]![0]!["RequestedQuantity"] = "0" },
        { "quantity as a JSON number", o => o["to_Item"]![0]!["RequestedQuantity"] = 2 },
        { "malformed delivery date", o => o["RequestedDeliveryDate"] = "2026-04-01" },
        { "sub-item of a missing item", o => o["to_Item"]![1]!["HigherLevelItem"] = "90" },
    };

    public static TheoryData<string, Action<JsonObject>> InvalidBusinessCentralOrders() => new()
    {
        { "missing externalDocumentNumber", o => o.Remove("externalDocumentNumber") },
        { "no lines", o => o["salesOrderLines"] = new JsonArray() },
        { "negative quantity", o => o["salesOrderLines"]![0]!["quantity"] = -1 },
        { "quantity as a string", o => o["salesOrderLines"]![0]!["quantity"] = "2" },
        { "unknown lineType", o => o["salesOrderLines"]![0]!["lineType"] = "Product" },
        { "malformed order date", o => o["orderDate"] = "02.03.2026" },
    };

    [Theory]
    [MemberData(nameof(InvalidSapOrders))]
    public async Task InvalidSapOrderIsRefusedWithAnODataV2Error(string because, Action<JsonObject> spoil)
    {
        await using var sim = await SimulatorHarness.StartAsync();
        var order = SapOrders.Valid("Q-3001");
        spoil(order);

        using var response = await sim.PostSapOrderAsync(order, await sim.FetchCsrfTokenAsync());

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, because);
        var error = (await SimulatorHarness.ReadJsonAsync(response))["error"]!;
        error["code"]!.GetValue<string>().ShouldNotBeNullOrEmpty();
        error["message"]!["lang"]!.GetValue<string>().ShouldBe("en");
        error["message"]!["value"]!.GetValue<string>().ShouldNotBeNullOrEmpty();
        (await sim.ListOrdersAsync()).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(InvalidBusinessCentralOrders))]
    public async Task InvalidBusinessCentralOrderIsRefusedWithABadRequestError(string because, Action<JsonObject> spoil)
    {
        await using var sim = await SimulatorHarness.StartAsync();
        var order = BusinessCentralOrders.Valid("Q-3002");
        spoil(order);

        using var response = await sim.Client.PostAsJsonAsync($"{SimulatorHarness.BcBase}/salesOrders", order);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, because);
        var error = (await SimulatorHarness.ReadJsonAsync(response))["error"]!;
        error["code"]!.GetValue<string>().ShouldStartWith("BadRequest");
        error["message"]!.GetValue<string>().ShouldNotBeNullOrEmpty();
        (await sim.ListOrdersAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task MalformedJsonIsRefusedInTheVendorShape()
    {
        await using var sim = await SimulatorHarness.StartAsync();

        using var response = await sim.Client.PostAsync($"{SimulatorHarness.BcBase}/salesOrders",
            new StringContent("{\"externalDocumentNumber\":", Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await SimulatorHarness.ReadJsonAsync(response))["error"]!["code"]!.GetValue<string>().ShouldStartWith("BadRequest");
    }
}
