using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Configurator.IntegrationTests.Support;

namespace Configurator.IntegrationTests.Customers;

/// <summary>The loop end to end: orders feed the profile, "start from my usual" preselects, and repairs when the model changes.</summary>
public class PreferencesApiTests
{
    private const string RepKey = "test-sales-rep-key-000000000000003";
    private const string Memory = "mem-32gb-6400";

    [Fact]
    public async Task CustomerWhoOrdered32GbThreeTimesStartsWithItAndIsToldWhyWhenItIsWithdrawn()
    {
        await using var loop = await ErpLoop.StartAsync(Database.Sqlite, null,
            $"Security:ApiKeys:2:Key={RepKey}", "Security:ApiKeys:2:Name=test-rep", "Security:ApiKeys:2:Roles:0=sales-rep");
        using var rep = loop.App.ClientWith(("X-Api-Key", RepKey));
        var completed = await loop.Client.PostAsJsonAsync("/api/families/business-laptop/complete", new { picks = new[] { Memory }, region = "NA", segment = "smallBusiness" });
        var picks = (await completed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("answer").GetProperty("options").EnumerateArray().Select(o => o.GetString()).ToArray();
        var saved = await loop.Client.PostAsJsonAsync("/api/configurations", new { familyId = "business-laptop", picks, region = "NA", segment = "smallBusiness" });
        var configuration = (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("configuration").GetProperty("id").GetString()!;
        for (var i = 0; i < 3; i++) await loop.PlaceAsync(ErpLoop.OrderBody(configuration, customer: "C-5000"));

        var profile = await rep.GetFromJsonAsync<JsonElement>("/api/customers/C-5000/profile");
        var usual = await rep.GetFromJsonAsync<JsonElement>("/api/customers/C-5000/usual/business-laptop?region=NA");

        profile.GetProperty("options").EnumerateArray().Single(o => o.GetProperty("optionId").GetString() == Memory)
            .GetProperty("timesOrdered").GetInt32().ShouldBe(3);
        usual.GetProperty("isComplete").GetBoolean().ShouldBeTrue();
        usual.GetProperty("picks").EnumerateArray().Select(p => p.GetString()).ShouldContain(Memory);

        var version = (await loop.App.GetJsonAsync("/api/model")).GetProperty("version").GetString();
        var file = Path.Combine(loop.App.RulesPath, "catalog", "business-laptop.json");
        var family = JsonNode.Parse(await File.ReadAllTextAsync(file))!.AsObject();
        family["groups"]!.AsArray().SelectMany(g => g!["options"]!.AsArray()).Single(o => (string?)o!["id"] == Memory)!["regions"] = new JsonArray("JP");
        await File.WriteAllTextAsync(file, family.ToJsonString());
        for (var i = 0; i < 100 && (await loop.App.GetJsonAsync("/api/model")).GetProperty("version").GetString() == version; i++) await Task.Delay(100);

        var repaired = await rep.GetFromJsonAsync<JsonElement>("/api/customers/C-5000/usual/business-laptop?region=NA");

        repaired.GetProperty("isComplete").GetBoolean().ShouldBeTrue();
        repaired.GetProperty("picks").EnumerateArray().Select(p => p.GetString()).ShouldNotContain(Memory);
        var repair = repaired.GetProperty("repairs").EnumerateArray().Single(r => r.GetProperty("optionId").GetString() == Memory);
        repair.GetProperty("kind").GetString().ShouldBeOneOf("replaced", "dropped");
        repair.GetProperty("reason").GetString().ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task CustomerIsOfferedTheDockThatOtherCustomersOrderWithTheirMemoryWithTheReason()
    {
        await using var loop = await ErpLoop.StartAsync(Database.Sqlite, null,
            $"Security:ApiKeys:2:Key={RepKey}", "Security:ApiKeys:2:Name=test-rep", "Security:ApiKeys:2:Roles:0=sales-rep");
        using var rep = loop.App.ClientWith(("X-Api-Key", RepKey));
        async Task<string> SaveAsync(params string[] wanted)
        {
            var completed = await loop.Client.PostAsJsonAsync("/api/families/business-laptop/complete", new { picks = wanted, region = "NA", segment = "smallBusiness" });
            var picks = (await completed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("answer").GetProperty("options").EnumerateArray().Select(o => o.GetString()).ToArray();
            var saved = await loop.Client.PostAsJsonAsync("/api/configurations", new { familyId = "business-laptop", picks, region = "NA", segment = "smallBusiness" });
            return (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("configuration").GetProperty("id").GetString()!;
        }
        var withDock = await SaveAsync(Memory, "dock-wd22tb4");
        await loop.PlaceAsync(ErpLoop.OrderBody(withDock, customer: "C-5101"));
        await loop.PlaceAsync(ErpLoop.OrderBody(withDock, customer: "C-5102"));
        await loop.PlaceAsync(ErpLoop.OrderBody(await SaveAsync(Memory), customer: "C-5100"));

        var recommendations = await rep.GetFromJsonAsync<JsonElement>("/api/customers/C-5100/recommendations/business-laptop?region=NA");

        var dock = recommendations.GetProperty("crossSell").EnumerateArray().Single(r => r.GetProperty("optionId").GetString() == "dock-wd22tb4");
        dock.GetProperty("customers").GetInt32().ShouldBe(2);
        dock.GetProperty("reason").GetString()!.ShouldStartWith("2 customers who order");
        recommendations.GetProperty("crossSell").EnumerateArray().ShouldNotContain(r => r.GetProperty("optionId").GetString() == Memory);
    }

    [Fact]
    public async Task PreferenceEndpointsNameBadFieldsAndNeedASalesKey()
    {
        await using var loop = await ErpLoop.StartAsync(Database.Sqlite, null,
            $"Security:ApiKeys:2:Key={RepKey}", "Security:ApiKeys:2:Name=test-rep", "Security:ApiKeys:2:Roles:0=sales-rep");
        using var rep = loop.App.ClientWith(("X-Api-Key", RepKey));
        using var anonymous = loop.App.ClientWith();

        using var unknownFamily = await rep.GetAsync("/api/customers/C-5000/usual/no-such-family");
        using var badRegion = await rep.GetAsync("/api/customers/C-5000/recommendations/business-laptop?region=MARS");
        using var withoutKey = await anonymous.GetAsync("/api/customers/C-5000/profile");

        await unknownFamily.ShouldBeProblemAsync(HttpStatusCode.NotFound, "familyId");
        await badRegion.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "region");
        await withoutKey.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "X-Api-Key");
    }
}
