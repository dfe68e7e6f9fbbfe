using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Erp.Simulator.Faults;
using Erp.Simulator.Hosting;
using Erp.Simulator.Options;
using Erp.Simulator.Progress;
using Erp.Simulator.Storage;

namespace Erp.Simulator.Sap;

/// <summary>
/// SAP S/4HANA's API_SALES_ORDER_SRV (OData v2), as much as the adapter uses: CSRF token fetch,
/// A_SalesOrder lookup by PurchaseOrderByCustomer, deep insert with to_Item, item reads, and item rejection.
/// </summary>
public static partial class SapSalesOrderApi
{
    public const string Service = "/sap/opu/odata/sap/API_SALES_ORDER_SRV";

    public static IEndpointRouteBuilder MapSapSalesOrderApi(this IEndpointRouteBuilder app)
    {
        var sap = app.MapGroup(Service).AddEndpointFilter(new FaultFilter(VendorErrors.Sap)).AddEndpointFilter(Authenticate);
        sap.MapGet("/", ServiceRoot);
        sap.MapGet("/A_SalesOrder", Find);
        sap.MapPost("/A_SalesOrder", Create);
        sap.MapGet("/A_SalesOrder('{salesOrder}')/to_Item", Items);
        sap.MapMethods("/A_SalesOrderItem(SalesOrder='{salesOrder}',SalesOrderItem='{item}')", ["PATCH", "MERGE"], RejectItem);
        return app;
    }

    private static async ValueTask<object?> Authenticate(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var options = context.HttpContext.RequestServices.GetRequiredService<SimulatorOptions>();
        return Credentials.BasicMatches(context.HttpContext.Request, options.SapUser, options.SapPassword)
            ? await next(context)
            : VendorErrors.Sap(401, "/IWFND/CM_CONSUMER/101", "Logon failed: user or password wrong.");
    }

    private static IResult ServiceRoot(HttpContext http, CsrfTokens tokens)
    {
        if (string.Equals(http.Request.Headers["x-csrf-token"], "Fetch", StringComparison.OrdinalIgnoreCase))
        {
            var (session, token) = tokens.Issue(http.Request);
            http.Response.Headers["x-csrf-token"] = token;
            http.Response.Cookies.Append(CsrfTokens.SessionCookie, session, new CookieOptions { HttpOnly = true, Path = "/" });
        }
        return Results.Json(new { d = new { EntitySets = new[] { "A_SalesOrder", "A_SalesOrderItem", "A_SalesOrderHeaderPartner" } } });
    }

    private static IResult Find(HttpRequest request, IOrderStore store, SimulatorOptions options)
    {
        if (!ODataQuery.TryParseEquals(request.Query["$filter"], "PurchaseOrderByCustomer", out var reference))
            return VendorErrors.Sap(400, "SY/530", "Only $filter=PurchaseOrderByCustomer eq '...' is supported by the simulator.");
        var results = store.All().Where(o => o.System == ErpSystem.SapS4 && o.ExternalReference == reference).Select(Header).ToArray();
        return Results.Json(new { d = new { results } });
    }

    private static async Task<IResult> Create(HttpContext http, IOrderStore store, OrderEvents events, CsrfTokens tokens, SimulatorStats stats, TimeProvider time)
    {
        if (!tokens.IsValid(http.Request)) return CsrfRequired(http);
        if (await ReadObjectAsync(http.Request) is not { } body) return VendorErrors.Sap(400, "CX_SXML_PARSE_ERROR", "The body is not a JSON object.");
        if (Validate(body) is { } problem) return VendorErrors.Sap(400, "V1/320", problem);

        var items = body["to_Item"]!.AsArray();
        var header = body.DeepClone().AsObject();
        header.Remove("to_Item");
        header.Remove("to_Partner");
        var lines = new JsonArray([.. items.Select(i =>
        {
            var item = i!.DeepClone().AsObject();
            item.Remove("to_PricingElement");
            item["HigherLevelItem"] ??= "000000";
            item["SalesDocumentRjcnReason"] = "";
            return (JsonNode)item;
        })]);
        var now = time.GetUtcNow();
        var order = store.Add(ErpSystem.SapS4, sequence => new StoredOrder(Guid.NewGuid(), ErpSystem.SapS4,
            (string)body["SalesOrganization"]!, (string)body["PurchaseOrderByCustomer"]!, (1_000_000 + sequence).ToString(CultureInfo.InvariantCulture),
            OrderStatus.Accepted, now, now, header.ToJsonString(), lines.ToJsonString(), lines.Count));
        stats.Created();
        events.Publish(order, now);
        return Results.Json(new { d = Header(order) }, statusCode: 201);
    }

    private static IResult Items(string salesOrder, IOrderStore store) =>
        FindByNumber(store, salesOrder) is { } order
            ? Results.Json(new { d = new { results = Lines(order).Select(l => WithOrder(l, order)).ToArray() } })
            : VendorErrors.Sap(404, "SY/530", $"Resource not found for segment 'A_SalesOrder' with key '{salesOrder}'.");

    private static async Task<IResult> RejectItem(string salesOrder, string item, HttpContext http, IOrderStore store, OrderEvents events,
        CsrfTokens tokens, TimeProvider time)
    {
        if (!tokens.IsValid(http.Request)) return CsrfRequired(http);
        if (FindByNumber(store, salesOrder) is not { } order)
            return VendorErrors.Sap(404, "SY/530", $"Sales order {salesOrder} does not exist.");
        if (await ReadObjectAsync(http.Request) is not { } body || body["SalesDocumentRjcnReason"]?.GetValueKind() != JsonValueKind.String)
            return VendorErrors.Sap(400, "V1/320", "Send {\"SalesDocumentRjcnReason\":\"<code>\"}.");
        if (order.Status == OrderStatus.Shipped) return VendorErrors.Sap(400, "V1/084", $"Sales order {salesOrder} is delivered; items cannot be rejected.");

        var lines = Lines(order);
        var line = lines.FirstOrDefault(l => (string?)l["SalesOrderItem"] == item);
        if (line is null) return VendorErrors.Sap(404, "SY/530", $"Item {item} of sales order {salesOrder} does not exist.");
        line["SalesDocumentRjcnReason"] = (string)body["SalesDocumentRjcnReason"]!;
        var allRejected = lines.Where(IsTopLevel).All(l => ((string?)l["SalesDocumentRjcnReason"])?.Length > 0);
        var now = time.GetUtcNow();
        var updated = order with
        {
            Lines = new JsonArray([.. lines.Select(l => (JsonNode)l.DeepClone())]).ToJsonString(),
            Status = allRejected ? OrderStatus.Cancelled : order.Status,
            ModifiedAt = now,
        };
        store.Update(updated);
        if (allRejected && order.Status != OrderStatus.Cancelled) events.Publish(updated, now);
        return Results.NoContent();
    }

    private static IResult CsrfRequired(HttpContext http)
    {
        http.Response.Headers["x-csrf-token"] = "Required";
        return VendorErrors.Sap(403, "/IWFND/CM_BEC/026", "CSRF token validation failed");
    }

    private static StoredOrder? FindByNumber(IOrderStore store, string number) =>
        store.All().FirstOrDefault(o => o.System == ErpSystem.SapS4 && o.ErpOrderNumber == number);

    /// <summary>The A_SalesOrder entity: what was posted, plus the number and the overall statuses SAP derives.</summary>
    private static JsonObject Header(StoredOrder order)
    {
        var header = JsonNode.Parse(order.Header)!.AsObject();
        header["SalesOrder"] = order.ErpOrderNumber;
        header["OverallSDProcessStatus"] = order.Status switch { OrderStatus.Accepted => "A", OrderStatus.InProduction => "B", _ => "C" };
        header["OverallTotalDeliveryStatus"] = order.Status == OrderStatus.Shipped ? "C" : "A";
        header["OverallSDDocumentRejectionSts"] = order.Status == OrderStatus.Cancelled ? "C" : "A";
        header["LastChangeDateTime"] = $"/Date({order.ModifiedAt.ToUnixTimeMilliseconds()})/";
        return header;
    }

    private static List<JsonObject> Lines(StoredOrder order) => [.. JsonNode.Parse(order.Lines)!.AsArray().Select(l => l!.AsObject())];

    private static JsonObject WithOrder(JsonObject line, StoredOrder order)
    {
        var copy = line.DeepClone().AsObject();
        copy["SalesOrder"] = order.ErpOrderNumber;
        return copy;
    }

    private static bool IsTopLevel(JsonObject line) => ((string?)line["HigherLevelItem"] ?? "").All(c => c == '0');

    private static async Task<JsonObject?> ReadObjectAsync(HttpRequest request)
    {
        try
        {
            return await JsonNode.ParseAsync(request.Body) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>What SAP would refuse in a deep insert: missing keys, bad numbers and dates, dangling sub-items.</summary>
    private static string? Validate(JsonObject body)
    {
        string? Text(JsonNode? node) => node?.GetValueKind() == JsonValueKind.String ? (string?)node : null;
        if (Text(body["PurchaseOrderByCustomer"]) is not { Length: > 0 and <= 35 })
            return "PurchaseOrderByCustomer is required and has at most 35 characters.";
        foreach (var field in new[] { "SalesOrderType", "SalesOrganization", "SoldToParty" })
            if (Text(body[field]) is not { Length: > 0 }) return $"{field} is required.";
        if (body["RequestedDeliveryDate"] is { } date && (Text(date) is not { } d || !EdmDateTime().IsMatch(d)))
            return "RequestedDeliveryDate must be an Edm.DateTime such as /Date(1767225600000)/.";
        if (body["to_Item"] is not JsonArray { Count: > 0 } items) return "to_Item must hold at least one item.";
        var numbers = new HashSet<string>();
        foreach (var node in items)
        {
            if (node is not JsonObject item) return "Every entry of to_Item is an object.";
            if (Text(item["SalesOrderItem"]) is not { Length: > 0 and <= 6 } number || !number.All(char.IsAsciiDigit) || !numbers.Add(number))
                return "Every item has a unique numeric SalesOrderItem of at most 6 digits.";
            if (Text(item["Material"]) is not { Length: > 0 and <= 40 }) return $"Item {number}: Material is required (at most 40 characters).";
            if (Text(item["SalesOrderItemText"]) is { Length: > 40 }) return $"Item {number}: SalesOrderItemText has at most 40 characters.";
            if (Text(item["RequestedQuantity"]) is not { } quantity
                || !decimal.TryParse(quantity, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var q) || q <= 0)
                return $"Item {number}: RequestedQuantity is a positive Edm.Decimal written as a string.";
        }
        foreach (var item in items.Cast<JsonObject>())
            if (Text(item["HigherLevelItem"]) is { } parent && !parent.All(c => c == '0') && !numbers.Contains(parent))
                return $"Item {Text(item["SalesOrderItem"])}: HigherLevelItem {parent} is not an item of this order.";
        return null;
    }

    [GeneratedRegex(@"^/Date\(-?\d+([+-]\d{4})?\)/$")]
    private static partial Regex EdmDateTime();
}
