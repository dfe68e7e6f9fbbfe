using System.Net.Http.Json;
using System.Text.Json;
using Configurator.IntegrationTests.Support;

namespace Configurator.IntegrationTests.Api;

public class ModelReloadTests
{
    private static async Task<JsonElement> WaitForModelAsync(RunningApp app, Func<JsonElement, bool> condition)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var status = await app.GetJsonAsync("/api/model");
            if (condition(status)) return status;
            await Task.Delay(100);
        }
        throw new TimeoutException("The model status never reached the expected state.");
    }

    [Fact]
    public async Task BrokenFileIsReportedWithFileAndPathWhileTheLastGoodModelKeepsServing()
    {
        await using var app = await RunningApp.StartAsync();
        var good = (await app.GetJsonAsync("/api/model")).GetProperty("version").GetString();
        var file = Path.Combine(app.RulesPath, "catalog", "rack-server.json");
        var original = await File.ReadAllTextAsync(file);
        var broken = JsonSerializer.Deserialize<System.Text.Json.Nodes.JsonObject>(original)!;
        broken["groups"]![0]!["options"]![1]!["listPrice"] = "expensive";
        await File.WriteAllTextAsync(file, broken.ToJsonString());

        var status = await WaitForModelAsync(app, s => s.GetProperty("errors").GetArrayLength() > 0);

        status.GetProperty("version").GetString().ShouldBe(good);
        var error = status.GetProperty("errors")[0];
        error.GetProperty("file").GetString().ShouldBe("catalog/rack-server.json");
        error.GetProperty("jsonPath").GetString().ShouldBe("$.groups[0].options[1].listPrice");
        (await app.Client.PostAsJsonAsync("/api/families/rack-server/configure", new { })).IsSuccessStatusCode.ShouldBeTrue();
        (await app.Client.GetAsync("/health")).IsSuccessStatusCode.ShouldBeTrue(); // degraded still answers 200
    }

    [Fact]
    public async Task MendedFileIsPickedUpAsANewModelVersion()
    {
        await using var app = await RunningApp.StartAsync();
        var good = (await app.GetJsonAsync("/api/model")).GetProperty("version").GetString();
        var file = Path.Combine(app.RulesPath, "catalog", "business-laptop.json");
        var family = JsonSerializer.Deserialize<System.Text.Json.Nodes.JsonObject>(await File.ReadAllTextAsync(file))!;
        family["basePrice"] = 1234.5m;
        await File.WriteAllTextAsync(file, family.ToJsonString());

        var status = await WaitForModelAsync(app, s => s.GetProperty("version").GetString() != good);

        status.GetProperty("errors").GetArrayLength().ShouldBe(0);
        var view = await app.GetJsonAsync("/api/families/business-laptop");
        view.GetProperty("basePrice").GetProperty("amount").GetDecimal().ShouldBe(1234.5m);
    }
}
