using System.Net;
using Configurator.IntegrationTests.Support;

namespace Configurator.IntegrationTests.Api;

public class RateLimitTests
{
    [Fact]
    public async Task ClientOverItsAllowanceGets429WithAProblemDocument()
    {
        await using var app = await RunningApp.StartAsync(Database.Sqlite, "ApiLimits:PermitsPerWindow=5", "ApiLimits:WindowSeconds=60");

        for (var i = 0; i < 5; i++) (await app.Client.GetAsync("/api/families")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var refused = await app.Client.GetAsync("/api/families");

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        refused.Headers.Contains("Retry-After").ShouldBeTrue();
    }
}
