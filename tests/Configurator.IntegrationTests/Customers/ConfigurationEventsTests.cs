using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Configurator.IntegrationTests.Support;

namespace Configurator.IntegrationTests.Customers;

/// <summary>Configuring with sales feeds the customer's profile: picks and removals as they happen, and saved configurations.</summary>
public class ConfigurationEventsTests
{
    private const string RepKey = "test-sales-rep-key-000000000000003";
    private const string Memory = "mem-32gb-6400";

    [Fact]
    public async Task PicksRemovalsAndASaveForACustomerReachTheProfileAndTimeline()
    {
        await using var app = await RunningApp.StartAsync(Database.Sqlite, new Dictionary<string, string> { ["X-Api-Key"] = RepKey },
            $"Security:ApiKeys:0:Key={RepKey}", "Security:ApiKeys:0:Name=test-rep", "Security:ApiKeys:0:Roles:0=sales-rep");
        await RegisterAsync(app.Client, "C-6000");

        (await app.Client.PostAsJsonAsync("/api/customers/C-6000/configuration-events", new { familyId = "business-laptop", optionId = Memory, kind = "picked" }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await app.Client.PostAsJsonAsync("/api/customers/C-6000/configuration-events", new { familyId = "business-laptop", optionId = "mem-16gb-6400", kind = "removed" }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var completed = await (await app.Client.PostAsJsonAsync("/api/families/business-laptop/complete", new { picks = new[] { Memory } }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var picks = completed.GetProperty("answer").GetProperty("options").EnumerateArray().Select(o => o.GetString()).ToArray();
        using var saved = await app.Client.PostAsJsonAsync("/api/configurations", new { familyId = "business-laptop", picks, customerNumber = "C-6000" });
        saved.StatusCode.ShouldBe(HttpStatusCode.Created);

        var profile = await app.Client.GetFromJsonAsync<JsonElement>("/api/customers/C-6000/profile");
        var memory = profile.GetProperty("options").EnumerateArray().Single(o => o.GetProperty("optionId").GetString() == Memory);
        // Picked (1) plus saved (2), with no time for decay to matter.
        memory.GetProperty("weight").GetDouble().ShouldBe(3.0, 0.01);
        var timeline = await app.Client.GetFromJsonAsync<JsonElement>("/api/customers/C-6000/timeline");
        timeline.EnumerateArray().Single().GetProperty("kind").GetString().ShouldBe("configurationSaved");
        (await app.GetJsonAsync($"/api/configurations/{(await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("configuration").GetProperty("id")}"))
            .GetProperty("configuration").GetProperty("customerNumber").GetString().ShouldBe("C-6000");
    }

    [Fact]
    public async Task CustomerEventsNeedASalesKeyAKnownCustomerAndRealOptions()
    {
        await using var app = await RunningApp.StartAsync(Database.Sqlite, new Dictionary<string, string> { ["X-Api-Key"] = RepKey },
            $"Security:ApiKeys:0:Key={RepKey}", "Security:ApiKeys:0:Name=test-rep", "Security:ApiKeys:0:Roles:0=sales-rep");
        using var anonymous = app.ClientWith();
        await RegisterAsync(app.Client, "C-6001");

        using var saveAnonymously = await anonymous.PostAsJsonAsync("/api/configurations", new { familyId = "business-laptop", picks = new[] { Memory }, customerNumber = "C-6001" });
        using var saveForUnknown = await app.Client.PostAsJsonAsync("/api/configurations", new { familyId = "business-laptop", picks = new[] { Memory }, customerNumber = "C-0404" });
        using var savedKind = await app.Client.PostAsJsonAsync("/api/customers/C-6001/configuration-events", new { familyId = "business-laptop", optionId = Memory, kind = "saved" });
        using var unknownOption = await app.Client.PostAsJsonAsync("/api/customers/C-6001/configuration-events", new { familyId = "business-laptop", optionId = "mem-1tb", kind = "picked" });
        using var unknownCustomer = await app.Client.PostAsJsonAsync("/api/customers/C-0404/configuration-events", new { familyId = "business-laptop", optionId = Memory, kind = "picked" });
        using var eventAnonymously = await anonymous.PostAsJsonAsync("/api/customers/C-6001/configuration-events", new { familyId = "business-laptop", optionId = Memory, kind = "picked" });

        await saveAnonymously.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "customerNumber");
        await saveForUnknown.ShouldBeProblemAsync(HttpStatusCode.NotFound, "customerNumber");
        await savedKind.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "kind");
        await unknownOption.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "optionId");
        await unknownCustomer.ShouldBeProblemAsync(HttpStatusCode.NotFound, "number");
        await eventAnonymously.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "X-Api-Key");
        (await app.Client.GetFromJsonAsync<JsonElement>("/api/customers/C-6001/profile")).GetProperty("options").GetArrayLength().ShouldBe(0);
    }

    private static async Task RegisterAsync(HttpClient client, string number)
    {
        using var response = await client.PostAsJsonAsync("/api/customers", new
        {
            number, kind = "consumer", name = "Alex Example", email = "alex@example.com",
            address = new { street = "1 Main Street", city = "Springfield", postalCode = "12345", country = "US" },
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
    }
}
