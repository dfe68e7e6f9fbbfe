using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Configurator.IntegrationTests.Support;

namespace Configurator.IntegrationTests.Api;

public class FamiliesApiTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private HttpClient Client => fixture.App.Client;

    private async Task<(string FamilyId, JsonElement Family)> FirstFamilyAsync()
    {
        var families = await fixture.App.GetJsonAsync("/api/families");
        var id = families[0].GetProperty("id").GetString()!;
        return (id, await fixture.App.GetJsonAsync($"/api/families/{id}"));
    }

    private static IEnumerable<JsonElement> Options(JsonElement family) =>
        family.GetProperty("groups").EnumerateArray().SelectMany(g => g.GetProperty("options").EnumerateArray());

    private Task<HttpResponseMessage> PostRawAsync(string path, string json) =>
        Client.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));

    [Fact]
    public async Task ListsTheThreeReferenceFamilies()
    {
        var families = await fixture.App.GetJsonAsync("/api/families");

        families.EnumerateArray().Select(f => f.GetProperty("id").GetString())
            .ShouldBe(["business-laptop", "desktop-workstation", "rack-server"], ignoreOrder: true);
    }

    [Fact]
    public async Task FamilyCarriesGroupsOptionsPricesAndRules()
    {
        var (_, family) = await FirstFamilyAsync();

        family.GetProperty("modelVersion").GetString()!.Length.ShouldBe(64);
        family.GetProperty("groups").GetArrayLength().ShouldBeGreaterThan(5);
        Options(family).First().GetProperty("listPrice").GetProperty("currency").GetString().ShouldBe("USD");
        family.GetProperty("rules").GetArrayLength().ShouldBeGreaterThan(10);
    }

    [Fact]
    public async Task UnknownFamilyIsA404ProblemNamingTheFamilyId()
    {
        var response = await Client.GetAsync("/api/families/no-such-family");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "familyId");
    }

    [Fact]
    public async Task ConfigureAnswersEveryOptionOfTheFamily()
    {
        var (id, family) = await FirstFamilyAsync();

        var response = await Client.PostAsJsonAsync($"/api/families/{id}/configure", new { picks = Array.Empty<string>(), region = "NA" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var answer = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("answer");
        answer.GetProperty("options").GetArrayLength().ShouldBe(Options(family).Count());
        answer.GetProperty("stillRequired").GetArrayLength().ShouldBeGreaterThan(0);
        answer.GetProperty("price").GetProperty("unitPrice").GetProperty("amount").GetDecimal().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task CompleteReturnsAValidCheapestConfiguration()
    {
        var (id, _) = await FirstFamilyAsync();

        var response = await Client.PostAsJsonAsync($"/api/families/{id}/complete", new { objective = "cheapest" });
        var completion = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("answer");
        var picks = completion.GetProperty("options").EnumerateArray().Select(o => o.GetString()).ToArray();

        var check = await Client.PostAsJsonAsync($"/api/families/{id}/configure", new { picks });
        var answer = (await check.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("answer");
        answer.GetProperty("isComplete").GetBoolean().ShouldBeTrue();
        answer.GetProperty("conflicts").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task UnknownOptionIsNamedByItsPositionInPicks()
    {
        var (id, family) = await FirstFamilyAsync();
        var known = Options(family).First().GetProperty("id").GetString();

        var response = await Client.PostAsJsonAsync($"/api/families/{id}/configure", new { picks = new[] { known, "no-such-option" } });

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "picks[1]");
    }

    [Fact]
    public async Task DuplicatePickIsNamed()
    {
        var (id, family) = await FirstFamilyAsync();
        var known = Options(family).First().GetProperty("id").GetString();

        var response = await Client.PostAsJsonAsync($"/api/families/{id}/configure", new { picks = new[] { known, known } });

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "picks[1]");
    }

    [Theory]
    [InlineData("""{ "picks": 5 }""", "picks")]
    [InlineData("""{ "picks": ["a", 7] }""", "picks[1]")]
    [InlineData("""{ "quantity": "many" }""", "quantity")]
    [InlineData("""{ "picks": [ """, "picks[0]")]
    [InlineData("""not json""", "body")]
    [InlineData("""{ "pics": ["a"] }""", "pics")]
    public async Task UnreadableBodiesAreProblemsNamingTheField(string body, string field)
    {
        var (id, _) = await FirstFamilyAsync();

        var response = await PostRawAsync($"/api/families/{id}/configure", body);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, field);
    }

    [Theory]
    [InlineData("""{ "region": "MARS" }""", "region")]
    [InlineData("""{ "segment": "pirates" }""", "segment")]
    [InlineData("""{ "quantity": 0 }""", "quantity")]
    [InlineData("""{ "quantity": 100000 }""", "quantity")]
    public async Task OutOfRangeContextValuesAreNamed(string body, string field)
    {
        var (id, _) = await FirstFamilyAsync();

        var response = await PostRawAsync($"/api/families/{id}/configure", body);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task BodiesOver256KilobytesAreRefusedWith413()
    {
        var (id, _) = await FirstFamilyAsync();
        var huge = JsonSerializer.Serialize(new { picks = Enumerable.Range(0, 30_000).Select(i => $"option-{i}").ToArray() });
        huge.Length.ShouldBeGreaterThan(256 * 1024);

        var response = await PostRawAsync($"/api/families/{id}/configure", huge);

        await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge, "body");
    }

    [Fact]
    public async Task ResolveWithoutATargetNamesTheTarget()
    {
        var (id, _) = await FirstFamilyAsync();

        var response = await Client.PostAsJsonAsync($"/api/families/{id}/resolve", new { picks = Array.Empty<string>() });

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "target");
    }
}
