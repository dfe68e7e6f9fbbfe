using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Configurator.IntegrationTests.Support;

internal static class ProblemAssertions
{
    /// <summary>Asserts an RFC 9457 problem document with the status, naming <paramref name="field"/> under "errors".</summary>
    public static async Task<JsonElement> ShouldBeProblemAsync(this HttpResponseMessage response, HttpStatusCode status, string field)
    {
        response.StatusCode.ShouldBe(status);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("status").GetInt32().ShouldBe((int)status);
        problem.GetProperty("title").GetString().ShouldNotBeNullOrWhiteSpace();
        var errors = problem.GetProperty("errors");
        errors.TryGetProperty(field, out var messages).ShouldBeTrue($"errors should name '{field}': {errors}");
        messages[0].GetString().ShouldNotBeNullOrWhiteSpace();
        return problem;
    }
}
