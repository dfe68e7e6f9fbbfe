using System.Net;
using System.Net.Http.Json;

namespace Erp.Tests.Simulator;

public sealed class BusinessCentralApiTests
{
    [Fact]
    public async Task DeepInsertedOrderIsFoundByExternalDocumentNumberAndItsLinesRead()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        const string reference = "Q-2001'a";

        var created = await sim.CreateBcOrderAsync(reference);
        var found = await sim.GetJsonAsync(SimulatorHarness.BcLookup(reference));
        var order = found["value"]!.AsArray().ShouldHaveSingleItem()!;
        var lines = await sim.GetJsonAsync($"{SimulatorHarness.BcBase}/salesOrders({order["id"]})/salesOrderLines");

        Guid.TryParse(created["id"]!.GetValue<string>(), out _).ShouldBeTrue();
        created["number"]!.GetValue<string>().ShouldBe("S-ORD101001");
        order["externalDocumentNumber"]!.GetValue<string>().ShouldBe(reference);
        order["status"]!.GetValue<string>().ShouldBe("Open");
        order["fullyShipped"]!.GetValue<bool>().ShouldBeFalse();
        var values = lines["value"]!.AsArray();
        values.Select(l => l!["lineType"]!.GetValue<string>()).ShouldBe(["Item", "Comment"]);
        values[0]!["lineObjectNumber"]!.GetValue<string>().ShouldBe("CITY-BIKE");
        values[0]!["netAmount"]!.GetValue<decimal>().ShouldBe(2469m);
    }

    [Fact]
    public async Task SecondOrderGetsTheNextNumber()
    {
        await using var sim = await SimulatorHarness.StartAsync();

        await sim.CreateBcOrderAsync("Q-2002");
        var second = await sim.CreateBcOrderAsync("Q-2002");

        second["number"]!.GetValue<string>().ShouldBe("S-ORD101002");
    }

    [Fact]
    public async Task DeletedOrderIsNoLongerFound()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        var created = await sim.CreateBcOrderAsync("Q-2003");
        using var delete = new HttpRequestMessage(HttpMethod.Delete, $"{SimulatorHarness.BcBase}/salesOrders({created["id"]})");
        delete.Headers.TryAddWithoutValidation("If-Match", "*");

        using var deleted = await sim.Client.SendAsync(delete);
        var found = await sim.GetJsonAsync(SimulatorHarness.BcLookup("Q-2003"));

        deleted.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        found["value"]!.AsArray().ShouldBeEmpty();
        (await sim.ListOrdersAsync()).ShouldHaveSingleItem()!["status"]!.GetValue<string>().ShouldBe("Cancelled");
    }

    [Fact]
    public async Task MalformedCompanyIdIsABadRequest()
    {
        await using var sim = await SimulatorHarness.StartAsync();

        using var response = await sim.Client.GetAsync("api/v2.0/companies(not-a-guid)/salesOrders");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await SimulatorHarness.ReadJsonAsync(response))["error"]!["code"]!.GetValue<string>().ShouldBe("BadRequest");
    }

    [Fact]
    public async Task CompanyOutsideTheConfiguredOnesIsNotFound()
    {
        await using var sim = await SimulatorHarness.StartAsync(o => o.BusinessCentralCompanies = [Guid.NewGuid()]);

        using var response = await sim.Client.PostAsJsonAsync($"{SimulatorHarness.BcBase}/salesOrders", BusinessCentralOrders.Valid("Q-2004"));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await SimulatorHarness.ReadJsonAsync(response))["error"]!["code"]!.GetValue<string>().ShouldBe("BadRequest_NotFound");
    }

    [Fact]
    public async Task ConfiguredBearerTokenIsRequired()
    {
        await using var sim = await SimulatorHarness.StartAsync(o => o.BusinessCentralToken = "t0k3n");

        using var anonymous = await sim.Client.GetAsync(SimulatorHarness.BcLookup("Q-2005"));
        using var request = new HttpRequestMessage(HttpMethod.Get, SimulatorHarness.BcLookup("Q-2005"));
        request.Headers.Authorization = new("Bearer", "t0k3n");
        using var authenticated = await sim.Client.SendAsync(request);

        anonymous.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        authenticated.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task FilterOnAnotherPropertyIsNotImplementedWithAnErrorBody()
    {
        await using var sim = await SimulatorHarness.StartAsync();

        using var response = await sim.Client.GetAsync($"{SimulatorHarness.BcBase}/salesOrders?$filter={Uri.EscapeDataString("number eq 'S-ORD101001'")}");

        response.StatusCode.ShouldBe(HttpStatusCode.NotImplemented);
        (await SimulatorHarness.ReadJsonAsync(response))["error"]!["message"]!.GetValue<string>().ShouldContain("externalDocumentNumber");
    }
}
