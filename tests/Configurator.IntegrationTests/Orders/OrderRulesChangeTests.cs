using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Configurator.IntegrationTests.Support;

namespace Configurator.IntegrationTests.Orders;

/// <summary>Orders against rules that change while the app runs: the catalog re-validates, routing keeps its last good rules.</summary>
public class OrderRulesChangeTests
{
    [Fact]
    public async Task ConfigurationWhoseOptionIsNoLongerSoldInItsRegionCannotBeOrderedAndTheProblemSaysWhy()
    {
        await using var loop = await ErpLoop.StartAsync();
        var configuration = await loop.SaveConfigurationAsync("business-laptop", "NA");
        var saved = await loop.App.GetJsonAsync($"/api/configurations/{configuration}");
        var pick = saved.GetProperty("configuration").GetProperty("picks")[0].GetString()!;
        var version = saved.GetProperty("currentModelVersion").GetString();

        var file = Path.Combine(loop.App.RulesPath, "catalog", "business-laptop.json");
        var family = JsonNode.Parse(await File.ReadAllTextAsync(file))!.AsObject();
        var option = family["groups"]!.AsArray().SelectMany(g => g!["options"]!.AsArray()).Single(o => (string?)o!["id"] == pick)!;
        option["regions"] = new JsonArray("JP");
        await File.WriteAllTextAsync(file, family.ToJsonString());
        await WaitAsync(async () => (await loop.App.GetJsonAsync("/api/model")).GetProperty("version").GetString() != version);

        using var response = await loop.Client.PostAsJsonAsync("/api/orders", ErpLoop.OrderBody(configuration));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "configurationId");
        var messages = problem.GetProperty("errors").GetProperty("configurationId").EnumerateArray().Select(m => m.GetString()).ToArray();
        messages.ShouldContain(m => m!.Contains(pick) && m.Contains("product model changed"));
        (await loop.App.GetJsonAsync("/api/orders")).GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task BrokenRoutingFileIsReportedAndOrdersKeepRoutingWithTheLastGoodRules()
    {
        await using var loop = await ErpLoop.StartAsync();
        var configuration = await loop.SaveConfigurationAsync("business-laptop", "EU");
        await File.WriteAllTextAsync(Path.Combine(loop.App.RulesPath, "routing", "order-routing.json"), "[{ \"WorkflowName\": ");

        var routing = await WaitAsync(async () =>
        {
            var status = (await loop.App.GetJsonAsync("/api/model")).GetProperty("routing");
            return status.GetProperty("errors").GetArrayLength() > 0 ? status : (JsonElement?)null;
        });
        var placed = await loop.PlaceAsync(ErpLoop.OrderBody(configuration, country: "DE"));

        routing.GetProperty("errors")[0].GetProperty("file").GetString().ShouldBe("routing/order-routing.json");
        routing.GetProperty("version").GetString().ShouldNotBeNullOrEmpty();
        placed.GetProperty("routing").GetProperty("adapter").GetString().ShouldBe("sap-s4");
        (await loop.Client.GetStringAsync("/health")).ShouldContain("Degraded");
    }

    private static async Task WaitAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 100; i++)
        {
            if (await condition()) return;
            await Task.Delay(100);
        }
        throw new TimeoutException("The rules were never reloaded.");
    }

    private static async Task<JsonElement> WaitAsync(Func<Task<JsonElement?>> probe)
    {
        for (var i = 0; i < 100; i++)
        {
            if (await probe() is { } found) return found;
            await Task.Delay(100);
        }
        throw new TimeoutException("The rules were never reloaded.");
    }
}
