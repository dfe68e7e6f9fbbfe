using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Erp.Simulator.Http;
using Erp.Simulator.Storage;

namespace Erp.Simulator.BusinessCentral;

/// <summary>Stored Business Central orders written back as salesOrder and salesOrderLine entities.</summary>
public static class BusinessCentralDocuments
{
    private const int SequenceStep = 10_000;

    /// <summary>The lines to store: as received, with an id, the document id and a sequence where none was given.</summary>
    public static JsonArray LinesToStore(JsonArray lines, Guid documentId)
    {
        var stored = (JsonArray)lines.DeepClone();
        var next = SequenceStep;
        foreach (var line in stored.Cast<JsonObject>())
        {
            line["id"] = Guid.NewGuid();
            line["documentId"] = documentId;
            line["sequence"] ??= next;
            next = (int)line["sequence"]!.AsValue().GetValue<decimal>() + SequenceStep;
        }
        return stored;
    }

    public static JsonObject Order(StoredOrder order, bool expandLines)
    {
        var header = JsonNode.Parse(order.Header)!.AsObject();
        var lines = Lines(order);
        var document = new JsonObject
        {
            ["@odata.etag"] = ETag(order),
            ["id"] = order.Id,
            ["number"] = order.ErpOrderNumber,
        };
        foreach (var (name, value) in header) document[name] = value?.DeepClone();
        document["orderDate"] ??= order.CreatedAt.UtcDateTime.ToString(BusinessCentralOrderReader.DateFormat, CultureInfo.InvariantCulture);
        document["status"] = order.Status == OrderStatus.Accepted ? "Open" : "Released";
        document["fullyShipped"] = order.Status == OrderStatus.Shipped;
        document["totalAmountExcludingTax"] = lines.Sum(l => l!["netAmount"]!.GetValue<decimal>());
        document["lastModifiedDateTime"] = order.ModifiedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        if (expandLines) document["salesOrderLines"] = lines;
        return document;
    }

    public static JsonArray Lines(StoredOrder order)
    {
        var lines = JsonNode.Parse(order.Lines)!.AsArray();
        foreach (var line in lines.Cast<JsonObject>())
        {
            var quantity = line.Number("quantity") ?? 0m;
            line["quantity"] = quantity;
            line["unitPrice"] = line.Number("unitPrice") ?? 0m;
            line["netAmount"] = quantity * (line.Number("unitPrice") ?? 0m);
            line["shippedQuantity"] = order.Status == OrderStatus.Shipped ? quantity : 0m;
        }
        return lines;
    }

    /// <summary>A weak ETag that changes with every modification, as BC's do.</summary>
    private static string ETag(StoredOrder order) =>
        $"W/\"{Convert.ToBase64String(Encoding.UTF8.GetBytes(order.ModifiedAt.UtcTicks.ToString(CultureInfo.InvariantCulture)))}\"";
}
