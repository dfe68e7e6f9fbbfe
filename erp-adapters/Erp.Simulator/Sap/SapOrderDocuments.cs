using System.Globalization;
using System.Text.Json.Nodes;
using Erp.Simulator.Http;
using Erp.Simulator.Storage;

namespace Erp.Simulator.Sap;

/// <summary>Stored SAP orders written back as A_SalesOrder and A_SalesOrderItem entities, status fields from the order's status.</summary>
public static class SapOrderDocuments
{
    private const string Namespace = "API_SALES_ORDER_SRV";

    /// <summary>The items to store: as received, with the order number and an empty rejection reason added.</summary>
    public static JsonArray ItemsToStore(JsonArray items, string salesOrder)
    {
        var stored = (JsonArray)items.DeepClone();
        foreach (var item in stored.Cast<JsonObject>())
        {
            item["SalesOrder"] = salesOrder;
            item["SalesDocumentRjcnReason"] ??= "";
        }
        return stored;
    }

    public static JsonObject Header(StoredOrder order, string serviceRoot, bool expand)
    {
        var header = JsonNode.Parse(order.Header)!.AsObject();
        var partners = header["to_Partner"]?.DeepClone() ?? new JsonArray();
        header.Remove("to_Partner");
        var stored = JsonNode.Parse(order.Lines)!.AsArray();
        var uri = $"{serviceRoot}/A_SalesOrder('{order.ErpOrderNumber}')";
        var (process, delivery, rejection) = StatusFields(order, stored);

        var document = new JsonObject
        {
            ["__metadata"] = Metadata(uri, "A_SalesOrderType"),
            ["SalesOrder"] = order.ErpOrderNumber,
        };
        foreach (var (name, value) in header) document[name] = value?.DeepClone();
        document["CreationDate"] = SapDates.DateTime(order.CreatedAt.UtcDateTime.Date);
        document["LastChangeDateTime"] = SapDates.DateTimeOffset(order.ModifiedAt);
        document["TotalNetAmount"] = Amount(stored.Sum(i => NetAmount(i!.AsObject())));
        document["OverallSDProcessStatus"] = process;
        document["OverallTotalDeliveryStatus"] = delivery;
        document["OverallSDDocumentRejectionSts"] = rejection;
        document["to_Item"] = expand ? new JsonObject { ["results"] = Items(order, serviceRoot) } : Deferred($"{uri}/to_Item");
        document["to_Partner"] = expand ? new JsonObject { ["results"] = partners } : Deferred($"{uri}/to_Partner");
        return document;
    }

    public static JsonArray Items(StoredOrder order, string serviceRoot)
    {
        var items = JsonNode.Parse(order.Lines)!.AsArray();
        foreach (var item in items.Cast<JsonObject>())
        {
            var uri = $"{serviceRoot}/A_SalesOrderItem(SalesOrder='{order.ErpOrderNumber}',SalesOrderItem='{item.String("SalesOrderItem")}')";
            item.Insert(0, "__metadata", Metadata(uri, "A_SalesOrderItemType"));
            item["NetAmount"] = Amount(NetAmount(item));
            item["to_PricingElement"] = new JsonObject { ["results"] = item["to_PricingElement"]?.DeepClone() ?? new JsonArray() };
        }
        return items;
    }

    /// <summary>Whether every top-level item carries a rejection reason, which makes the whole order rejected.</summary>
    public static bool AllTopLevelItemsRejected(JsonArray items) =>
        TopLevel(items).All(i => !string.IsNullOrEmpty(i.String("SalesDocumentRjcnReason")));

    public static IEnumerable<JsonObject> TopLevel(JsonArray items) =>
        items.Cast<JsonObject>().Where(i => string.IsNullOrEmpty(i.String("HigherLevelItem")));

    private static (string Process, string Delivery, string Rejection) StatusFields(StoredOrder order, JsonArray items)
    {
        var anyRejected = TopLevel(items).Any(i => !string.IsNullOrEmpty(i.String("SalesDocumentRjcnReason")));
        return order.Status switch
        {
            OrderStatus.Cancelled => ("C", "A", "C"),
            OrderStatus.Shipped => ("C", "C", anyRejected ? "B" : "A"),
            OrderStatus.InProduction => ("B", "A", anyRejected ? "B" : "A"),
            _ => ("A", "A", anyRejected ? "B" : "A"),
        };
    }

    private static decimal NetAmount(JsonObject item)
    {
        SapOrderReader.IsDecimal(item.String("RequestedQuantity"), out var quantity);
        var price = item.Array("to_PricingElement").OfType<JsonObject>().FirstOrDefault(p => p.String("ConditionType") == "PR00");
        return price is not null && SapOrderReader.IsDecimal(price.String("ConditionRateValue"), out var rate) ? rate * quantity : 0m;
    }

    private static string Amount(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static JsonObject Metadata(string uri, string type) => new() { ["id"] = uri, ["uri"] = uri, ["type"] = $"{Namespace}.{type}" };

    private static JsonObject Deferred(string uri) => new() { ["__deferred"] = new JsonObject { ["uri"] = uri } };
}
