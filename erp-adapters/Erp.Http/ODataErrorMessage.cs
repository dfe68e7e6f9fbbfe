using System.Text.Json;

namespace Erp.Http;

/// <summary>
/// The human-readable message of an OData error body: v2 (SAP) nests it as
/// <c>{"error":{"message":{"value":"..."}}}</c>, v4 (Business Central) as <c>{"error":{"message":"..."}}</c>.
/// </summary>
public static class ODataErrorMessage
{
    public static string? Read(string? content)
    {
        if (string.IsNullOrWhiteSpace(content)) return null;
        try
        {
            using var document = JsonDocument.Parse(content);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("error", out var error)
                || error.ValueKind != JsonValueKind.Object
                || !error.TryGetProperty("message", out var message))
                return null;
            return message.ValueKind switch
            {
                JsonValueKind.String => message.GetString(),
                JsonValueKind.Object when message.TryGetProperty("value", out var value) => value.GetString(),
                _ => null,
            };
        }
        catch (JsonException)
        {
            // Gateways in front of the ERP answer errors in HTML; the status code then says enough.
            return null;
        }
    }
}
