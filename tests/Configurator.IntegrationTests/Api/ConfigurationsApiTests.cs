using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Configurator.IntegrationTests.Support;

namespace Configurator.IntegrationTests.Api;

/// <summary>Saving and reading configurations, against SQLite and against a real PostgreSQL server.</summary>
public class ConfigurationsApiTests
{
    private static async Task<string[]> CheapestCompletionAsync(HttpClient client, string familyId)
    {
        var response = await client.PostAsJsonAsync($"/api/families/{familyId}/complete", new { region = "NA" });
        var answer = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("answer");
        return [.. answer.GetProperty("options").EnumerateArray().Select(o => o.GetString()!)];
    }

    [Theory]
    [InlineData(Database.Sqlite)]
    [InlineData(Database.PostgreSql)]
    public async Task SavedConfigurationReadsBackWithItsModelVersion(Database database)
    {
        await using var app = await RunningApp.StartAsync(database);
        var picks = await CheapestCompletionAsync(app.Client, "rack-server");

        var created = await app.Client.PostAsJsonAsync("/api/configurations",
            new { familyId = "rack-server", name = "Branch office server", picks, region = "NA", quantity = 3 });

        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var location = created.Headers.Location!.ToString();
        var read = await app.GetJsonAsync(location);
        var configuration = read.GetProperty("configuration");
        configuration.GetProperty("picks").EnumerateArray().Select(p => p.GetString()).ShouldBe(picks);
        configuration.GetProperty("modelVersion").GetString().ShouldBe(read.GetProperty("currentModelVersion").GetString());
        configuration.GetProperty("isComplete").GetBoolean().ShouldBeTrue();
        configuration.GetProperty("context").GetProperty("quantity").GetInt32().ShouldBe(3);
        configuration.GetProperty("totalPrice").GetProperty("amount").GetDecimal()
            .ShouldBe(3 * configuration.GetProperty("unitPrice").GetProperty("amount").GetDecimal());
        read.GetProperty("validatedAgainstCurrentModel").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task ConflictingPicksAreRefusedNamingThePickAndNothingIsStored()
    {
        await using var app = await RunningApp.StartAsync();
        var picks = await CheapestCompletionAsync(app.Client, "business-laptop");
        var family = await app.GetJsonAsync("/api/families/business-laptop");
        // A second option from the first pick's single-choice group contradicts it.
        var firstGroup = family.GetProperty("groups").EnumerateArray()
            .First(g => g.GetProperty("selection").GetString() == "single" && g.GetProperty("options").EnumerateArray().Any(o => o.GetProperty("id").GetString() == picks[0]));
        var rival = firstGroup.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("id").GetString()!).First(id => id != picks[0]);

        var response = await app.Client.PostAsJsonAsync("/api/configurations",
            new { familyId = "business-laptop", picks = picks.Append(rival).ToArray() });

        await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, $"picks[{picks.Length}]");
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Configurator.Data.ConfiguratorDbContext>();
        db.Configurations.Count().ShouldBe(0);
    }

    [Fact]
    public async Task MalformedIdIsA400AndUnknownIdA404()
    {
        await using var app = await RunningApp.StartAsync();

        await (await app.Client.GetAsync("/api/configurations/not-a-guid")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "id");
        await (await app.Client.GetAsync($"/api/configurations/{Guid.NewGuid()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "id");
    }

    [Fact]
    public async Task OverlongNameIsNamed()
    {
        await using var app = await RunningApp.StartAsync();

        var response = await app.Client.PostAsJsonAsync("/api/configurations", new { familyId = "rack-server", name = new string('x', 201) });

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "name");
    }
}
