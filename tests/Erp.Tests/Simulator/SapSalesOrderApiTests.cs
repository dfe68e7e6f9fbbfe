using System.Net;

namespace Erp.Tests.Simulator;

public sealed class SapSalesOrderApiTests
{
    [Fact]
    public async Task CsrfFetchHandsOutATokenAndASessionCookie()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{SimulatorHarness.SapBase}/");
        request.Headers.Add("x-csrf-token", "Fetch");

        using var response = await sim.Client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.GetValues("x-csrf-token").Single().ShouldNotBeNullOrWhiteSpace();
        response.Headers.GetValues("Set-Cookie").ShouldContain(c => c.StartsWith("SAP_SESSIONID"));
    }

    [Fact]
    public async Task CreateWithoutCsrfTokenIsRefusedWithTokenRequired()
    {
        await using var sim = await SimulatorHarness.StartAsync();

        using var response = await sim.PostSapOrderAsync(SapOrders.Valid("Q-1001"), csrfToken: null);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        response.Headers.GetValues("x-csrf-token").Single().ShouldBe("Required");
        (await sim.ListOrdersAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task TokenWithoutItsSessionCookieIsRefused()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        var token = await sim.FetchCsrfTokenAsync();
        using var otherSession = sim.NewClient();

        using var response = await sim.SendSapAsync(HttpMethod.Post, $"{SimulatorHarness.SapBase}/A_SalesOrder", SapOrders.Valid("Q-1002"), token, otherSession);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        response.Headers.GetValues("x-csrf-token").Single().ShouldBe("Required");
    }

    [Fact]
    public async Task ExpiredCsrfTokenIsRefusedAndAFreshOneWorks()
    {
        await using var sim = await SimulatorHarness.StartAsync(o => o.CsrfTokenLifetime = TimeSpan.FromMinutes(30));
        var token = await sim.FetchCsrfTokenAsync();
        sim.Time.Advance(TimeSpan.FromMinutes(31));

        using var expired = await sim.PostSapOrderAsync(SapOrders.Valid("Q-1003"), token);
        using var renewed = await sim.PostSapOrderAsync(SapOrders.Valid("Q-1003"), await sim.FetchCsrfTokenAsync());

        expired.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        expired.Headers.GetValues("x-csrf-token").Single().ShouldBe("Required");
        renewed.StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task DeepInsertedOrderIsFoundByPurchaseOrderByCustomerWithQuotes()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        const string reference = "Q-O'Brien-7";

        using var created = await sim.PostSapOrderAsync(SapOrders.Valid(reference), await sim.FetchCsrfTokenAsync());
        var found = await sim.GetJsonAsync(SimulatorHarness.SapLookup(reference));

        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        created.Headers.Location!.ToString().ShouldEndWith("A_SalesOrder('1000001')");
        var createdOrder = (await SimulatorHarness.ReadJsonAsync(created))["d"]!;
        createdOrder["to_Item"]!["results"]!.AsArray().Count.ShouldBe(3);
        var result = found["d"]!["results"]!.AsArray().ShouldHaveSingleItem()!;
        result["SalesOrder"]!.GetValue<string>().ShouldBe("1000001");
        result["PurchaseOrderByCustomer"]!.GetValue<string>().ShouldBe(reference);
        result["OverallSDProcessStatus"]!.GetValue<string>().ShouldBe("A");
        result["TotalNetAmount"]!.GetValue<string>().ShouldBe("2469.00");
    }

    [Fact]
    public async Task ItemsAndSubItemsAreReadBackWithTheirHigherLevelItem()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        var number = await sim.CreateSapOrderAsync("Q-1004");

        var items = (await sim.GetJsonAsync($"{SimulatorHarness.SapBase}/A_SalesOrder('{number}')/to_Item?$format=json"))["d"]!["results"]!.AsArray();

        items.Select(i => i!["SalesOrderItem"]!.GetValue<string>()).ShouldBe(["10", "20", "30"]);
        items.Select(i => i!["HigherLevelItem"]?.GetValue<string>()).ShouldBe([null, "10", "10"]);
        items[2]!["RequestedQuantity"]!.GetValue<string>().ShouldBe("4");
    }

    [Fact]
    public async Task SameReferenceTwiceMakesTwoOrdersWithIncreasingNumbers()
    {
        await using var sim = await SimulatorHarness.StartAsync();

        var first = await sim.CreateSapOrderAsync("Q-1005");
        var second = await sim.CreateSapOrderAsync("Q-1005");
        var found = await sim.GetJsonAsync(SimulatorHarness.SapLookup("Q-1005"));

        (first, second).ShouldBe(("1000001", "1000002"));
        found["d"]!["results"]!.AsArray().Count.ShouldBe(2);
    }

    [Fact]
    public async Task RejectingEveryTopLevelItemCancelsTheOrder()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        var number = await sim.CreateSapOrderAsync("Q-1006");

        using var patched = await sim.RejectSapItemAsync(number);
        var found = await sim.GetJsonAsync(SimulatorHarness.SapLookup("Q-1006"));

        patched.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        found["d"]!["results"]![0]!["OverallSDDocumentRejectionSts"]!.GetValue<string>().ShouldBe("C");
        (await sim.ListOrdersAsync()).ShouldHaveSingleItem()!["status"]!.GetValue<string>().ShouldBe("Cancelled");
    }

    [Fact]
    public async Task UnsupportedFilterIsAnsweredWithAnODataErrorNotAServerFailure()
    {
        await using var sim = await SimulatorHarness.StartAsync();

        using var response = await sim.Client.GetAsync(
            $"{SimulatorHarness.SapBase}/A_SalesOrder?$filter={Uri.EscapeDataString("startswith(PurchaseOrderByCustomer,'Q')")}&$format=json");

        response.StatusCode.ShouldBe(HttpStatusCode.NotImplemented);
        (await SimulatorHarness.ReadJsonAsync(response))["error"]!["message"]!["value"]!.GetValue<string>().ShouldContain("PurchaseOrderByCustomer");
    }

    [Fact]
    public async Task ConfiguredBasicCredentialsAreRequired()
    {
        await using var sim = await SimulatorHarness.StartAsync(o => (o.SapUser, o.SapPassword) = ("ERP_USER", "secret"));

        using var anonymous = await sim.Client.GetAsync(SimulatorHarness.SapLookup("Q-1007"));
        using var request = new HttpRequestMessage(HttpMethod.Get, SimulatorHarness.SapLookup("Q-1007"));
        request.Headers.Authorization = new("Basic", Convert.ToBase64String("ERP_USER:secret"u8.ToArray()));
        using var authenticated = await sim.Client.SendAsync(request);

        anonymous.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        authenticated.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
