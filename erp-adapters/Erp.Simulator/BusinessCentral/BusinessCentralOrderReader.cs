using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Erp.Simulator.Http;

namespace Erp.Simulator.BusinessCentral;

/// <summary>Checks a salesOrder deep insert the way Business Central would refuse it.</summary>
public static class BusinessCentralOrderReader
{
    public const string DateFormat = "yyyy-MM-dd";
    private const int MaxReferenceLength = 35;
    private const int MaxDescriptionLength = 100;
    /// <summary>The lineType values of the API v2.0 salesOrderLine resource.</summary>
    private static readonly HashSet<string> LineTypes = ["Comment", "Account", "Item", "Resource", "Fixed Asset", "Charge"];

    public static BusinessCentralOrderInput? Read(JsonObject body, out string error)
    {
        error = HeaderError(body) ?? LinesError(body) ?? "";
        if (error.Length > 0) return null;
        var header = (JsonObject)body.DeepClone();
        var lines = header["salesOrderLines"]!.AsArray();
        header.Remove("salesOrderLines");
        foreach (var field in new[] { "id", "number", "status", "fullyShipped" }) header.Remove(field);
        return new BusinessCentralOrderInput(body.String("externalDocumentNumber")!, header, lines);
    }

    public static bool IsDate(string? text) => DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    private static string? HeaderError(JsonObject body)
    {
        if (body.String("externalDocumentNumber") is not { Length: > 0 } reference || string.IsNullOrWhiteSpace(reference))
            return "The field externalDocumentNumber is required.";
        if (reference.Length > MaxReferenceLength)
            return $"The length of the string, {reference.Length}, exceeds the maximum length of {MaxReferenceLength} allowed for externalDocumentNumber.";
        if (string.IsNullOrWhiteSpace(body.String("customerNumber")) && string.IsNullOrWhiteSpace(body.String("customerId")))
            return "A customerNumber or a customerId is required.";
        foreach (var field in new[] { "orderDate", "requestedDeliveryDate", "postingDate" })
            if (body[field] is not null && !IsDate(body.String(field)))
                return $"Cannot convert the literal '{body[field]?.ToJsonString()}' of {field} to the expected type 'Edm.Date' ({DateFormat}).";
        if (body["currencyCode"] is not null && body.String("currencyCode") is null) return "The field currencyCode must be a string.";
        return null;
    }

    private static string? LinesError(JsonObject body)
    {
        if (body["salesOrderLines"] is not JsonArray { Count: > 0 } lines) return "A sales order needs at least one line in salesOrderLines.";
        var sequences = new HashSet<int>();
        for (var index = 0; index < lines.Count; index++)
        {
            if (lines[index] is not JsonObject line) return $"salesOrderLines[{index}] must be an object.";
            if (LineError(line, index, sequences) is { } error) return error;
        }
        return null;
    }

    private static string? LineError(JsonObject line, int index, HashSet<int> sequences)
    {
        var at = $"salesOrderLines[{index}]";
        if (line["sequence"] is not null && (line["sequence"]!.GetValueKind() != JsonValueKind.Number
            || !line["sequence"]!.AsValue().TryGetValue<int>(out var sequence) || sequence <= 0 || !sequences.Add(sequence)))
            return $"{at}: sequence must be a positive whole number, unique within the order.";
        var lineType = line.String("lineType");
        if (lineType is null || !LineTypes.Contains(lineType))
            return $"{at}: lineType '{line["lineType"]?.ToJsonString()}' is not one of {string.Join(", ", LineTypes)}.";
        if (line["description"] is not null && line.String("description") is not { Length: <= MaxDescriptionLength })
            return $"{at}: description must be a string of at most {MaxDescriptionLength} characters.";
        if (line["unitPrice"] is not null && line.Number("unitPrice") is not >= 0) return $"{at}: unitPrice must be a non-negative number.";
        if (lineType == "Comment")
            return string.IsNullOrWhiteSpace(line.String("description")) ? $"{at}: a Comment line needs a description." : null;
        if (string.IsNullOrWhiteSpace(line.String("lineObjectNumber"))) return $"{at}: lineObjectNumber is required for a {lineType} line.";
        return line.Number("quantity") is > 0 ? null : $"{at}: quantity must be a number greater than 0.";
    }
}
