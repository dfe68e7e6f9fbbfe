using System.Net.Http.Json;
using System.Text.Json;
using Configurator.IntegrationTests.Support;
using Erp.Simulator.Options;

namespace Configurator.IntegrationTests.Orders;

/// <summary>
/// The order workflow's promise under a bad ERP day: 200 orders against an ERP that answers 20% of
/// requests with 5xx and drops 5% of responses after storing the order, with the app stopped
/// abruptly and started again half-way. Every order must reach the ERP exactly once and none be lost.
/// </summary>
public class ExactlyOnceUnderFaultsTests
{
    private const int Orders = 200;

    [Fact]
    public async Task EveryOrderReachesTheErpExactlyOnceThroughFaultsAndARestart()
    {
        var simulator = ErpLoop.FastSimulator();
        simulator.ShippedAfter = TimeSpan.FromSeconds(1);
        simulator.Faults = new FaultOptions { ServerErrorRate = 0.20, DropAfterCommitRate = 0.05, Seed = 20261123 };
        await using var loop = await ErpLoop.StartAsync(Database.Sqlite, simulator, "Orders:MaxAttempts=10");
        string[] configurations =
        [
            await loop.SaveConfigurationAsync("business-laptop", "NA"),
            await loop.SaveConfigurationAsync("business-laptop", "EU"),
            await loop.SaveConfigurationAsync("desktop-workstation", "NA"),
            await loop.SaveConfigurationAsync("rack-server", "UK"),
        ];

        var numbers = new List<string>();
        numbers.AddRange(await PlaceAsync(loop, configurations, 0, Orders / 2));
        await loop.App.RestartAsync(graceful: false);
        numbers.AddRange(await PlaceAsync(loop, configurations, Orders / 2, Orders));

        var states = await WaitUntilSettledAsync(loop, numbers);
        var erpOrders = await ErpReferencesAsync(loop);

        numbers.Distinct().Count().ShouldBe(Orders);
        states.Count.ShouldBe(Orders, "no order is lost");
        foreach (var number in numbers)
        {
            var state = states[number];
            var copies = erpOrders.GetValueOrDefault(number);
            if (state == "needsAttention") copies.ShouldBeLessThanOrEqualTo(1, $"{number} needs attention and must not be in the ERP twice");
            else
            {
                state.ShouldBe("shipped", $"{number}");
                copies.ShouldBe(1, $"{number} must be in the ERP exactly once");
            }
        }
        erpOrders.Keys.ShouldBeSubsetOf(numbers);

        // The faults really happened: the run proves something only if responses were lost and refused.
        using var simulatorClient = new HttpClient { BaseAddress = loop.Simulator.BaseAddress };
        var stats = await simulatorClient.GetFromJsonAsync<JsonElement>("/simulator/stats");
        stats.GetProperty("injected5xx").GetInt64().ShouldBeGreaterThan(0);
        stats.GetProperty("dropped").GetInt64().ShouldBeGreaterThan(0);
        var recovered = await CountFoundByReferenceAsync(loop, numbers);
        recovered.ShouldBeGreaterThan(0, "some order's lost response must have been recovered by the lookup");
    }

    /// <summary>Orders whose acceptance came from finding an earlier attempt's order in the ERP (a dropped response).</summary>
    private static async Task<int> CountFoundByReferenceAsync(ErpLoop loop, IEnumerable<string> numbers)
    {
        var found = 0;
        foreach (var number in numbers)
        {
            var timeline = await loop.App.GetJsonAsync($"/api/orders/{number}/timeline");
            if (timeline.GetProperty("entries").EnumerateArray().Any(e =>
                    e.GetProperty("event").GetString() == "ErpAccepted" && e.GetProperty("comment").GetString()!.Contains("found by our reference")))
                found++;
        }
        return found;
    }

    private static async Task<string[]> PlaceAsync(ErpLoop loop, string[] configurations, int from, int to) =>
        await Task.WhenAll(Enumerable.Range(from, to - from).Select(async i =>
        {
            var country = (i % configurations.Length) switch { 1 => "DE", 3 => "GB", _ => "US" };
            var placed = await loop.PlaceAsync(ErpLoop.OrderBody(configurations[i % configurations.Length], quantity: 1 + i % 3, country: country),
                idempotencyKey: $"load-{i}");
            return placed.GetProperty("number").GetString()!;
        }));

    /// <summary>Waits until no order is still on its way (or a generous deadline passes), then returns each order's state.</summary>
    private static async Task<Dictionary<string, string>> WaitUntilSettledAsync(ErpLoop loop, IReadOnlyCollection<string> numbers)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(3);
        Dictionary<string, string> states;
        do
        {
            await Task.Delay(500);
            var list = await loop.App.GetJsonAsync($"/api/orders?limit={Orders + 50}");
            states = list.EnumerateArray().ToDictionary(o => o.GetProperty("number").GetString()!, o => o.GetProperty("state").GetString()!);
        }
        while (states.Values.Any(s => s is not ("shipped" or "needsAttention")) && DateTime.UtcNow < deadline);
        return states;
    }

    private static async Task<Dictionary<string, int>> ErpReferencesAsync(ErpLoop loop)
    {
        using var client = new HttpClient { BaseAddress = loop.Simulator.BaseAddress };
        var orders = await client.GetFromJsonAsync<JsonElement>("/simulator/orders");
        return orders.EnumerateArray().GroupBy(o => o.GetProperty("externalReference").GetString()!).ToDictionary(g => g.Key, g => g.Count());
    }
}
