using System.Globalization;
using System.Text.Json.Nodes;
using Erp.Simulator.Http;

namespace Erp.Simulator.Sap;

/// <summary>Checks a deep-insert body the way SAP would refuse it: required header fields, items, quantities, dates.</summary>
public static class SapOrderReader
{
    private const int MaxReferenceLength = 35;
    private const int MaxItemTextLength = 40;
    private static readonly string[] RequiredHeaderFields =
        ["SalesOrderType", "SalesOrganization", "DistributionChannel", "OrganizationDivision", "SoldToParty", "PurchaseOrderByCustomer"];

    /// <summary>The order, or null with the reason SAP would give.</summary>
    public static SapOrderInput? Read(JsonObject body, out string error)
    {
        error = HeaderError(body) ?? ItemsError(body) ?? PartnersError(body) ?? "";
        if (error.Length > 0) return null;

        var header = (JsonObject)body.DeepClone();
        var items = header["to_Item"]!.AsArray();
        header.Remove("to_Item");
        header.Remove("SalesOrder");
        header["to_Partner"] ??= new JsonArray();
        return new SapOrderInput(body.String("SalesOrganization")!, body.String("PurchaseOrderByCustomer")!, header, items);
    }

    public static bool IsDecimal(string? text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    private static string? HeaderError(JsonObject body)
    {
        foreach (var field in RequiredHeaderFields)
            if (string.IsNullOrWhiteSpace(body.String(field))) return $"Property '{field}' is mandatory and must be a non-empty string.";
        if (body.String("PurchaseOrderByCustomer")!.Length > MaxReferenceLength)
            return $"Property 'PurchaseOrderByCustomer' is longer than {MaxReferenceLength} characters.";
        if (body["TransactionCurrency"] is not null && body.String("TransactionCurrency") is not { Length: 3 })
            return "Property 'TransactionCurrency' must be a three-letter currency code.";
        foreach (var field in new[] { "RequestedDeliveryDate", "SalesOrderDate", "PricingDate" })
            if (body[field] is not null && (body.String(field) is not { } date || !SapDates.IsValid(date)))
                return $"Property '{field}' has an invalid value; an Edm.DateTime is written \"/Date(<milliseconds>)/\".";
        return null;
    }

    private static string? ItemsError(JsonObject body)
    {
        if (body["to_Item"] is not JsonArray { Count: > 0 } items) return "A sales order needs at least one item in 'to_Item'.";
        var numbers = new HashSet<string>();
        foreach (var node in items)
        {
            if (node is not JsonObject item) return "Every entry of 'to_Item' must be an object.";
            var number = item.String("SalesOrderItem");
            if (number is null || number.Length is 0 or > 6 || !number.All(char.IsAsciiDigit))
                return "Property 'SalesOrderItem' must be a string of up to 6 digits.";
            if (!numbers.Add(number)) return $"Item {number} appears twice.";
            if (ItemError(item, number) is { } error) return error;
        }
        foreach (var item in items.Cast<JsonObject>())
        {
            var parent = item.String("HigherLevelItem");
            if (!string.IsNullOrEmpty(parent) && (!numbers.Contains(parent) || parent == item.String("SalesOrderItem")))
                return $"Item {item.String("SalesOrderItem")} names a higher-level item {parent} that is not another item of the order.";
        }
        return null;
    }

    private static string? ItemError(JsonObject item, string number)
    {
        if (string.IsNullOrWhiteSpace(item.String("Material"))) return $"Item {number}: property 'Material' is mandatory.";
        if (item["SalesOrderItemText"] is not null && item.String("SalesOrderItemText") is not { Length: <= MaxItemTextLength })
            return $"Item {number}: property 'SalesOrderItemText' must be a string of at most {MaxItemTextLength} characters.";
        if (!IsDecimal(item.String("RequestedQuantity"), out var quantity) || quantity <= 0)
            return $"Item {number}: property 'RequestedQuantity' must be a positive Edm.Decimal written as a string.";
        foreach (var node in item.Array("to_PricingElement"))
        {
            if (node is not JsonObject element || string.IsNullOrWhiteSpace(element.String("ConditionType")))
                return $"Item {number}: every pricing element needs a 'ConditionType'.";
            if (!IsDecimal(element.String("ConditionRateValue"), out _))
                return $"Item {number}: property 'ConditionRateValue' must be an Edm.Decimal written as a string.";
        }
        return null;
    }

    private static string? PartnersError(JsonObject body)
    {
        if (body["to_Partner"] is null) return null;
        if (body["to_Partner"] is not JsonArray partners) return "Property 'to_Partner' must be an array.";
        return partners.All(p => p is JsonObject partner && !string.IsNullOrWhiteSpace(partner.String("PartnerFunction")))
            ? null
            : "Every partner needs a 'PartnerFunction'.";
    }
}
