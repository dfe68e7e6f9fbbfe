using Configurator.IntegrationTests.Support;

namespace Configurator.IntegrationTests.Api;

public class HostTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private HttpClient Client => fixture.App.Client;

    [Fact]
    public async Task HealthReportsHealthyWithTheModelLoaded()
    {
        var response = await Client.GetAsync("/health");

        response.IsSuccessStatusCode.ShouldBeTrue();
        (await response.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    [Fact]
    public async Task OpenApiDocumentDescribesTheEngineEndpoints()
    {
        var document = await fixture.App.GetJsonAsync("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        paths.TryGetProperty("/api/families/{familyId}/configure", out _).ShouldBeTrue();
        paths.TryGetProperty("/api/families/{familyId}/complete", out _).ShouldBeTrue();
        paths.TryGetProperty("/api/families/{familyId}/resolve", out _).ShouldBeTrue();
        paths.TryGetProperty("/api/configurations", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task InteractiveApiPageIsServed()
    {
        var response = await Client.GetAsync("/api-docs");

        response.IsSuccessStatusCode.ShouldBeTrue();
        response.Content.Headers.ContentType?.MediaType.ShouldBe("text/html");
    }

    [Fact]
    public async Task ModelStatusShowsTheVersionAndEachFamilysCompiledSize()
    {
        var status = await fixture.App.GetJsonAsync("/api/model");

        status.GetProperty("version").GetString()!.Length.ShouldBe(64);
        var families = status.GetProperty("families").EnumerateArray().ToList();
        families.Count.ShouldBe(3);
        families.ShouldAllBe(f => f.GetProperty("diagramNodes").GetInt32() > 2);
        status.GetProperty("errors").GetArrayLength().ShouldBe(0);
    }
}
