using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Configurator.IntegrationTests.Support;

namespace Configurator.IntegrationTests.Orders;

/// <summary>Orders through the real workflow, adapters and ERP simulator on loopback.</summary>
public class OrderFlowTests
{
    [Theory]
    [InlineData(Database.Sqlite, "NA", "business-central")]
    [InlineData(Database.Sqlite, "EU", "sap-s4")]
    [InlineData(Database.PostgreSql, "EU", "sap-s4")]
    public async Task ConfiguredOrderGoesThroughItsErpToShipped(Database database, string region, string adapter)
    {
        await using var loop = await ErpLoop.StartAsync(database);
        var configuration = await loop.SaveConfigurationAsync("business-laptop", region);

        var placed = await loop.PlaceAsync(ErpLoop.OrderBody(configuration, quantity: 2, country: region == "EU" ? "DE" : "US"));

        placed.GetProperty("routing").GetProperty("adapter").GetString().ShouldBe(adapter);
        placed.GetProperty("product").GetProperty("bom").GetArrayLength().ShouldBeGreaterThan(0);
        var id = placed.GetProperty("id").GetString()!;
        var shipped = await loop.WaitForStateAsync(id, "shipped");
        shipped.GetProperty("erpOrderNumber").GetString().ShouldNotBeNullOrEmpty();
        var events = (await loop.App.GetJsonAsync($"/api/orders/{id}/timeline")).GetProperty("entries").EnumerateArray()
            .Select(e => e.GetProperty("event").GetString()).ToArray();
        events.ShouldBe(["Placed", "Release", "ErpAccepted", "ErpInProduction", "ErpShipped"]);

        var erpOrders = await SimulatorOrdersAsync(loop, placed.GetProperty("number").GetString()!);
        erpOrders.ShouldBe(1);
    }

    [Fact]
    public async Task SameIdempotencyKeyReturnsTheSameOrderAndAnotherRequestWithItIsRefused()
    {
        await using var loop = await ErpLoop.StartAsync();
        var configuration = await loop.SaveConfigurationAsync("business-laptop");

        var first = await loop.PlaceAsync(ErpLoop.OrderBody(configuration), "order-key-1");
        var again = await loop.PlaceAsync(ErpLoop.OrderBody(configuration), "order-key-1");
        using var reuse = new HttpRequestMessage(HttpMethod.Post, "/api/orders") { Content = JsonContent.Create(ErpLoop.OrderBody(configuration, quantity: 3)) };
        reuse.Headers.Add("Idempotency-Key", "order-key-1");
        using var refused = await loop.Client.SendAsync(reuse);

        again.GetProperty("id").GetString().ShouldBe(first.GetProperty("id").GetString());
        again.GetProperty("number").GetString().ShouldBe(first.GetProperty("number").GetString());
        await refused.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "Idempotency-Key");
        (await loop.App.GetJsonAsync("/api/orders")).GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task LargeOrderWaitsForApprovalAndShipsOnceApproved()
    {
        await using var loop = await ErpLoop.StartAsync();
        var configuration = await loop.SaveConfigurationAsync("rack-server", "EU", "enterprise");

        var placed = await loop.PlaceAsync(ErpLoop.OrderBody(configuration, quantity: 40, country: "DE"));

        var id = placed.GetProperty("id").GetString()!;
        placed.GetProperty("state").GetString().ShouldBe("awaitingApproval");
        placed.GetProperty("actions").EnumerateArray().Select(a => a.GetString()).ShouldBe(["approve", "reject", "cancel"], ignoreOrder: true);
        placed.GetProperty("routing").GetProperty("approvalReasons").GetArrayLength().ShouldBeGreaterThan(0);

        using var manager = loop.Manager();
        using var approved = await manager.PostAsJsonAsync($"/api/orders/{id}/approve", new { comment = "Strategic account" });
        approved.StatusCode.ShouldBe(HttpStatusCode.OK);
        await loop.WaitForStateAsync(id, "shipped");
        var approval = (await loop.App.GetJsonAsync($"/api/orders/{id}/timeline")).GetProperty("entries").EnumerateArray()
            .Single(e => e.GetProperty("event").GetString() == "Approve");
        approval.GetProperty("comment").GetString().ShouldBe("Strategic account");
        approval.GetProperty("actor").GetString().ShouldBe("user:test-manager");
    }

    [Fact]
    public async Task RejectedOrderNeverReachesTheErp()
    {
        await using var loop = await ErpLoop.StartAsync();
        var configuration = await loop.SaveConfigurationAsync("rack-server", "EU", "enterprise");
        var placed = await loop.PlaceAsync(ErpLoop.OrderBody(configuration, quantity: 40, country: "DE"));
        var id = placed.GetProperty("id").GetString()!;

        using var manager = loop.Manager();
        using var rejected = await manager.PostAsJsonAsync($"/api/orders/{id}/reject", new { comment = "Over budget" });

        (await rejected.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("state").GetString().ShouldBe("rejected");
        await Task.Delay(500);
        (await SimulatorOrdersAsync(loop, placed.GetProperty("number").GetString()!)).ShouldBe(0);
    }

    [Fact]
    public async Task ActionTheStateDoesNotPermitIsAConflictNamingWhatIsPossible()
    {
        await using var loop = await ErpLoop.StartAsync();
        var configuration = await loop.SaveConfigurationAsync("business-laptop");
        var placed = await loop.PlaceAsync(ErpLoop.OrderBody(configuration));
        var id = placed.GetProperty("id").GetString()!;
        await loop.WaitForStateAsync(id, "shipped");

        using var manager = loop.Manager();
        using var response = await manager.PostAsJsonAsync($"/api/orders/{id}/approve", new { });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "state");
        problem.GetProperty("actions").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task StaffActionsNeedAKeyWithTheRightRole()
    {
        await using var loop = await ErpLoop.StartAsync();
        var configuration = await loop.SaveConfigurationAsync("rack-server", "EU", "enterprise");
        var placed = await loop.PlaceAsync(ErpLoop.OrderBody(configuration, quantity: 40, country: "DE"));
        var id = placed.GetProperty("id").GetString()!;
        using var anonymous = loop.App.ClientWith();
        using var wrongKey = loop.App.ClientWith(("X-Api-Key", "not-a-key-of-this-app-000000000"));

        using var withoutKey = await anonymous.PostAsJsonAsync($"/api/orders/{id}/approve", new { });
        using var unknownKey = await wrongKey.PostAsJsonAsync($"/api/orders/{id}/approve", new { });
        using var operationsApproving = await loop.Client.PostAsJsonAsync($"/api/orders/{id}/approve", new { });
        using var anonymousList = await anonymous.GetAsync("/api/orders");

        await withoutKey.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "X-Api-Key");
        await unknownKey.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "X-Api-Key");
        await operationsApproving.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "X-Api-Key");
        await anonymousList.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "X-Api-Key");
        (await anonymous.GetFromJsonAsync<JsonElement>($"/api/orders/{id}")).GetProperty("state").GetString().ShouldBe("awaitingApproval");
    }

    [Fact]
    public async Task OrderInputErrorsNameTheirFieldsAndStoreNothing()
    {
        await using var loop = await ErpLoop.StartAsync();
        var configuration = await loop.SaveConfigurationAsync("business-laptop");
        var body = new
        {
            configurationId = configuration, quantity = 0, customerNumber = "lower case!",
            shipTo = new { name = "A", street = "B", city = "C", postalCode = "12345678901", country = "Germany" },
            requestedDate = "2020-01-01",
        };

        using var response = await loop.Client.PostAsJsonAsync("/api/orders", body);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "quantity");
        var errors = problem.GetProperty("errors");
        foreach (var field in new[] { "customerNumber", "shipTo.postalCode", "shipTo.country", "requestedDate" })
            errors.TryGetProperty(field, out _).ShouldBeTrue(field);
        (await loop.App.GetJsonAsync("/api/orders")).GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task UnknownConfigurationAndUnknownOrderAreNotFound()
    {
        await using var loop = await ErpLoop.StartAsync();

        using var placed = await loop.Client.PostAsJsonAsync("/api/orders", ErpLoop.OrderBody(Guid.NewGuid().ToString()));
        using var read = await loop.Client.GetAsync($"/api/orders/{Guid.NewGuid()}");
        using var malformed = await loop.Client.GetAsync("/api/orders/not-an-order");

        await placed.ShouldBeProblemAsync(HttpStatusCode.NotFound, "configurationId");
        await read.ShouldBeProblemAsync(HttpStatusCode.NotFound, "id");
        await malformed.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "id");
    }

    [Fact]
    public async Task SignedStatusPushMovesTheOrderAndAnUnsignedOneIsRefused()
    {
        await using var loop = await ErpLoop.StartAsync(settings: ["Orders:StatusPollInterval=01:00:00"]);
        var configuration = await loop.SaveConfigurationAsync("business-laptop");
        var placed = await loop.PlaceAsync(ErpLoop.OrderBody(configuration));
        var id = placed.GetProperty("id").GetString()!;
        var accepted = await loop.WaitForStateAsync(id, "acceptedByErp");
        var body = JsonSerializer.Serialize(new
        {
            system = "business-central", externalReference = placed.GetProperty("number").GetString(),
            erpOrderNumber = accepted.GetProperty("erpOrderNumber").GetString(), status = "Shipped", occurredAt = DateTimeOffset.UtcNow,
        });

        using var unsigned = await PushAsync(loop, body, "sha256=00");
        using var signed = await PushAsync(loop, body, Sign(body, "test-webhook-secret"));

        await unsigned.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "X-Erp-Signature");
        signed.StatusCode.ShouldBe(HttpStatusCode.OK);
        var order = await loop.App.GetJsonAsync($"/api/orders/{id}");
        order.GetProperty("state").GetString().ShouldBe("shipped");
        var last = (await loop.App.GetJsonAsync($"/api/orders/{id}/timeline")).GetProperty("entries").EnumerateArray().Last();
        last.GetProperty("actor").GetString().ShouldBe("erp:webhook");
    }

    [Fact]
    public async Task StepOutOfAttemptsNeedsAttentionWithItsErrorAndRetryFinishesIt()
    {
        var simulator = ErpLoop.FastSimulator();
        simulator.Faults = new Erp.Simulator.Options.FaultOptions { ServerErrorRate = 1.0 };
        await using var loop = await ErpLoop.StartAsync(Database.Sqlite, simulator, "Orders:MaxAttempts=3");
        var configuration = await loop.SaveConfigurationAsync("business-laptop", "EU");
        var placed = await loop.PlaceAsync(ErpLoop.OrderBody(configuration, country: "DE"));
        var id = placed.GetProperty("id").GetString()!;

        var parked = await loop.WaitForStateAsync(id, "needsAttention");

        parked.GetProperty("failedStep").GetString().ShouldBe("submitToErp");
        parked.GetProperty("lastError").GetString()!.ShouldStartWith("Transient");
        parked.GetProperty("actions").EnumerateArray().Select(a => a.GetString()).ShouldBe(["retry", "cancel"], ignoreOrder: true);
        var attempts = (await loop.App.GetJsonAsync($"/api/orders/{id}/timeline")).GetProperty("entries").EnumerateArray()
            .Where(e => e.TryGetProperty("attempt", out var a) && a.ValueKind == JsonValueKind.Number).Select(e => e.GetProperty("attempt").GetInt32()).ToArray();
        attempts.ShouldBe([1, 2, 3]);

        loop.Simulator.Faults.Replace(new Erp.Simulator.Options.FaultOptions());
        using var retried = await loop.Client.PostAsJsonAsync($"/api/orders/{id}/retry", new { comment = "ERP is back" });

        retried.StatusCode.ShouldBe(HttpStatusCode.OK);
        await loop.WaitForStateAsync(id, "shipped");
        (await SimulatorOrdersAsync(loop, placed.GetProperty("number").GetString()!)).ShouldBe(1);
    }

    [Fact]
    public async Task DiagramIsTheWorkflowInMermaid()
    {
        await using var loop = await ErpLoop.StartAsync();

        var text = await loop.Client.GetStringAsync("/api/workflows/order/diagram");

        text.ShouldStartWith("stateDiagram-v2");
        text.ShouldContain("AwaitingApproval --> Approved : Approve");
    }

    private static async Task<HttpResponseMessage> PushAsync(ErpLoop loop, string body, string signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/erp/webhook") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Erp-Signature", signature);
        return await loop.Client.SendAsync(request);
    }

    private static string Sign(string body, string secret) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(body)));

    /// <summary>How many orders the simulator holds with our order number as their reference.</summary>
    internal static async Task<int> SimulatorOrdersAsync(ErpLoop loop, string number)
    {
        using var client = new HttpClient { BaseAddress = loop.Simulator.BaseAddress };
        var orders = await client.GetFromJsonAsync<JsonElement>("/simulator/orders");
        return orders.EnumerateArray().Count(o => o.GetProperty("externalReference").GetString() == number);
    }
}
