using System.Text.Json;
using System.Text.Json.Nodes;

namespace Erp.Simulator.Http;

/// <summary>Reads request bodies by hand, so malformed JSON is answered in the vendor's error shape.</summary>
public static class JsonBody
{
    /// <summary>The body as a JSON object, or null when it is not one.</summary>
    public static async Task<JsonObject?> ReadObjectAsync(HttpRequest request, CancellationToken ct)
    {
        try
        {
            return await JsonNode.ParseAsync(request.Body, cancellationToken: ct) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The property when it is a JSON string; null when absent or of another kind.</summary>
    public static string? String(this JsonObject json, string name) =>
        json[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    /// <summary>The property when it is a JSON number; null when absent or of another kind.</summary>
    public static decimal? Number(this JsonObject json, string name) =>
        json[name] is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<decimal>(out var number) ? number : null;

    public static IEnumerable<JsonNode?> Array(this JsonObject json, string name) => json[name] as JsonArray ?? [];
}
