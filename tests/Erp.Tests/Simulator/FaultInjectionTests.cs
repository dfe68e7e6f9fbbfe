using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Erp.Simulator.Options;

namespace Erp.Tests.Simulator;

public sealed class FaultInjectionTests
{
    [Fact]
    public async Task ServerErrorRateOfOneAnswersEveryErpCall5xxAndStoresNothing()
    {
        await using var sim = await SimulatorHarness.StartAsync(o => o.Faults = new FaultOptions { ServerErrorRate = 1.0 });

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            using var response = await sim.Client.PostAsJsonAsync($"{SimulatorHarness.BcBase}/salesOrders", BusinessCentralOrders.Valid("Q-6001"));
            statuses.Add(response.StatusCode);
        }

        statuses.ShouldAllBe(s => s == HttpStatusCode.InternalServerError || s == HttpStatusCode.ServiceUnavailable);
        (await sim.ListOrdersAsync()).ShouldBeEmpty();
        (await StatsAsync(sim))["injected5xx"]!.GetValue<int>().ShouldBe(6);
    }

    [Fact]
    public async Task ThrottledCallIsAnswered429WithRetryAfter()
    {
        await using var sim = await SimulatorHarness.StartAsync(o => o.Faults = new FaultOptions { ThrottleRate = 1.0 });

        using var response = await sim.Client.GetAsync(SimulatorHarness.SapLookup("Q-6002"));

        response.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromSeconds(1));
        (await SimulatorHarness.ReadJsonAsync(response))["error"]!["message"]!["value"].ShouldNotBeNull();
        (await StatsAsync(sim))["throttled"]!.GetValue<int>().ShouldBe(1);
    }

    [Fact]
    public async Task DropAfterCommitStoresTheOrderButTheClientSeesAConnectionError()
    {
        await using var sim = await SimulatorHarness.StartAsync(o => o.Faults = new FaultOptions { DropAfterCommitRate = 1.0 });
        // A fresh connection: on a reused one the client's handler may silently resend the request.
        using var client = sim.NewClient();

        await Should.ThrowAsync<HttpRequestException>(() =>
            client.PostAsJsonAsync($"{SimulatorHarness.BcBase}/salesOrders", BusinessCentralOrders.Valid("Q-6003")));

        var stored = (await sim.ListOrdersAsync()).ShouldHaveSingleItem()!;
        stored["externalReference"]!.GetValue<string>().ShouldBe("Q-6003");
        var found = await sim.GetJsonAsync(SimulatorHarness.BcLookup("Q-6003"));
        found["value"]!.AsArray().Count.ShouldBe(1);
        var stats = await StatsAsync(sim);
        (stats["dropped"]!.GetValue<int>(), stats["created"]!.GetValue<int>()).ShouldBe((1, 1));
    }

    [Fact]
    public async Task TimedOutCreateHangsUntilTheClientGivesUpAndStoresNothing()
    {
        await using var sim = await SimulatorHarness.StartAsync(o => o.Faults = new FaultOptions { TimeoutRate = 1.0, TimeoutDelay = TimeSpan.FromMinutes(5) });
        using var impatient = sim.NewClient(timeout: TimeSpan.FromMilliseconds(500));

        await Should.ThrowAsync<TaskCanceledException>(() =>
            impatient.PostAsJsonAsync($"{SimulatorHarness.BcBase}/salesOrders", BusinessCentralOrders.Valid("Q-6004")));

        (await sim.ListOrdersAsync()).ShouldBeEmpty();
        (await StatsAsync(sim))["timedOut"]!.GetValue<int>().ShouldBe(1);
    }

    [Fact]
    public async Task ShortTimeoutIsAnsweredGatewayTimeout()
    {
        await using var sim = await SimulatorHarness.StartAsync(o => o.Faults = new FaultOptions { TimeoutRate = 1.0, TimeoutDelay = TimeSpan.FromMilliseconds(50) });

        using var response = await sim.Client.GetAsync(SimulatorHarness.BcLookup("Q-6005"));

        response.StatusCode.ShouldBe(HttpStatusCode.GatewayTimeout);
    }

    [Fact]
    public async Task FaultsReplacedThroughTheAdminEndpointApplyToTheNextCall()
    {
        await using var sim = await SimulatorHarness.StartAsync();

        using var put = await sim.Client.PutAsJsonAsync("simulator/faults", new { throttleRate = 1.0 });
        using var throttled = await sim.Client.GetAsync(SimulatorHarness.BcLookup("Q-6006"));
        using var admin = await sim.Client.GetAsync("simulator/orders");

        put.StatusCode.ShouldBe(HttpStatusCode.OK);
        sim.Server.Faults.Current.ThrottleRate.ShouldBe(1.0);
        throttled.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        admin.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task FaultRateOutsideZeroToOneIsRefused()
    {
        await using var sim = await SimulatorHarness.StartAsync();

        using var put = await sim.Client.PutAsJsonAsync("simulator/faults", new { serverErrorRate = 1.5 });

        put.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        sim.Server.Faults.Current.ServerErrorRate.ShouldBe(0);
    }

    [Fact]
    public async Task SameSeedReplaysTheSameFaults()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        var faults = new FaultOptions { ServerErrorRate = 0.5, Seed = 7 };

        sim.Server.Faults.Replace(faults);
        var first = await StatusesAsync(sim, 12);
        sim.Server.Faults.Replace(faults);
        var second = await StatusesAsync(sim, 12);

        second.ShouldBe(first);
        first.ShouldContain(HttpStatusCode.OK);
        first.ShouldContain(s => s != HttpStatusCode.OK);
    }

    private static async Task<List<HttpStatusCode>> StatusesAsync(SimulatorHarness sim, int count)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < count; i++)
        {
            using var response = await sim.Client.GetAsync(SimulatorHarness.BcLookup("Q-6007"));
            statuses.Add(response.StatusCode);
        }
        return statuses;
    }

    private static async Task<JsonObject> StatsAsync(SimulatorHarness sim) => await sim.GetJsonAsync("simulator/stats");
}
