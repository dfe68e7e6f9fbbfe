using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Erp.Simulator.Faults;
using Erp.Simulator.Hosting;
using Erp.Simulator.Options;
using Erp.Simulator.Progress;
using Erp.Simulator.Storage;

namespace Erp.Simulator.BusinessCentral;

/// <summary>
/// Dynamics 365 Business Central API v2.0 (OData v4), as much as the adapter uses: salesOrders lookup by
/// externalDocumentNumber, deep insert with salesOrderLines, line reads, and delete (with If-Match).
/// </summary>
public static class BusinessCentralApi
{
    public const string Company = "/api/v2.0/companies({companyId})";

    private static readonly HashSet<string> LineTypes = ["Comment", "Account", "Item", "Resource", "Fixed Asset", "Charge"];

    public static IEndpointRouteBuilder MapBusinessCentralApi(this IEndpointRouteBuilder app)
    {
        var bc = app.MapGroup(Company).AddEndpointFilter(new FaultFilter(VendorErrors.BusinessCentral)).AddEndpointFilter(Authenticate);
        bc.MapGet("/salesOrders", FindOrders);
        bc.MapPost("/salesOrders", Create);
        bc.MapGet("/salesOrders({orderId})/salesOrderLines", Lines);
        bc.MapDelete("/salesOrders({orderId})", Delete);
        return app;
    }

    private static async ValueTask<object?> Authenticate(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var options = http.RequestServices.GetRequiredService<SimulatorOptions>();
        if (!Credentials.BearerMatches(http.Request, options.BusinessCentralToken))
            return VendorErrors.BusinessCentral(401, "Authentication_InvalidCredentials", "The credentials provided are incorrect.");
        if (!Guid.TryParse(http.Request.RouteValues["companyId"]?.ToString(), out var company)
            || (options.BusinessCentralCompanies.Count > 0 && !options.BusinessCentralCompanies.Contains(company)))
            return VendorErrors.BusinessCentral(404, "BadRequest_ResourceNotFound", "Resource not found for the segment 'companies'.");
        return await next(context);
    }

    private static IResult FindOrders(string companyId, HttpRequest request, IOrderStore store)
    {
        if (!ODataQuery.TryParseEquals(request.Query["$filter"], "externalDocumentNumber", out var reference))
            return VendorErrors.BusinessCentral(400, "BadRequest_NotSupported", "Only $filter=externalDocumentNumber eq '...' is supported by the simulator.");
        var value = Open(store, companyId).Where(o => o.ExternalReference == reference).Select(SalesOrder).ToArray();
        return Results.Json(new JsonObject { ["@odata.context"] = "$metadata#companies/salesOrders", ["value"] = new JsonArray(value) });
    }

    private static async Task<IResult> Create(string companyId, HttpRequest request, IOrderStore store, OrderEvents events, SimulatorStats stats, TimeProvider time)
    {
        JsonObject? body;
        try
        {
            body = await JsonNode.ParseAsync(request.Body) as JsonObject;
        }
        catch (JsonException)
        {
            body = null;
        }
        if (body is null) return VendorErrors.BusinessCentral(400, "BadRequest_InvalidRequestBody", "The body is not a JSON object.");
        if (Validate(body) is { } problem) return VendorErrors.BusinessCentral(400, "BadRequest_InvalidRequestBody", problem);

        var now = time.GetUtcNow();
        var header = body.DeepClone().AsObject();
        header.Remove("salesOrderLines");
        var lines = body["salesOrderLines"]!.DeepClone().AsArray();
        var order = store.Add(ErpSystem.BusinessCentral, sequence => new StoredOrder(Guid.NewGuid(), ErpSystem.BusinessCentral,
            Guid.Parse(companyId).ToString(), (string)body["externalDocumentNumber"]!, $"S-ORD{101_000 + sequence}",
            OrderStatus.Accepted, now, now, header.ToJsonString(), lines.ToJsonString(), lines.Count));
        stats.Created();
        events.Publish(order, now);
        return Results.Json(SalesOrder(order), statusCode: 201);
    }

    private static IResult Lines(string companyId, string orderId, IOrderStore store)
    {
        if (FindOrder(store, companyId, orderId) is not { } order) return NotFound(orderId);
        var lines = JsonNode.Parse(order.Lines)!.AsArray().Select(l =>
        {
            var line = l!.DeepClone().AsObject();
            line["documentId"] = order.Id;
            return (JsonNode)line;
        });
        return Results.Json(new JsonObject { ["value"] = new JsonArray([.. lines]) });
    }

    private static IResult Delete(string companyId, string orderId, HttpRequest request, IOrderStore store, OrderEvents events, TimeProvider time)
    {
        if (string.IsNullOrEmpty(request.Headers.IfMatch))
            return VendorErrors.BusinessCentral(400, "BadRequest_InvalidToken", "Could not validate the client concurrency token required by the service.");
        if (FindOrder(store, companyId, orderId) is not { } order) return NotFound(orderId);
        if (order.Status == OrderStatus.Shipped)
            return VendorErrors.BusinessCentral(400, "Internal_DocumentShipped", $"Sales order {order.ErpOrderNumber} has been shipped and cannot be deleted.");
        var now = time.GetUtcNow();
        var deleted = order with { Status = OrderStatus.Cancelled, ModifiedAt = now };
        store.Update(deleted);
        events.Publish(deleted, now);
        return Results.NoContent();
    }

    /// <summary>Orders of the company that have not been deleted (Business Central deletes a cancelled order).</summary>
    private static IEnumerable<StoredOrder> Open(IOrderStore store, string companyId)
    {
        var company = Guid.Parse(companyId).ToString();
        return store.All().Where(o => o.System == ErpSystem.BusinessCentral && o.Company == company && o.Status != OrderStatus.Cancelled);
    }

    private static StoredOrder? FindOrder(IOrderStore store, string companyId, string orderId) =>
        Guid.TryParse(orderId, out var id) ? Open(store, companyId).FirstOrDefault(o => o.Id == id) : null;

    private static IResult NotFound(string orderId) =>
        VendorErrors.BusinessCentral(404, "BadRequest_ResourceNotFound", $"Resource not found for the segment 'salesOrders' ({orderId}).");

    /// <summary>The salesOrder resource: what was posted plus the id, number and statuses Business Central keeps.</summary>
    private static JsonObject SalesOrder(StoredOrder order)
    {
        var header = JsonNode.Parse(order.Header)!.AsObject();
        header["id"] = order.Id;
        header["number"] = order.ErpOrderNumber;
        header["status"] = order.Status == OrderStatus.Accepted ? "Open" : "Released";
        header["fullyShipped"] = order.Status == OrderStatus.Shipped;
        header["lastModifiedDateTime"] = order.ModifiedAt.ToString("O", CultureInfo.InvariantCulture);
        header["@odata.etag"] = $"W/\"{order.ModifiedAt.ToUnixTimeMilliseconds()}\"";
        return header;
    }

    private static string? Validate(JsonObject body)
    {
        string? Text(JsonNode? node) => node?.GetValueKind() == JsonValueKind.String ? (string?)node : null;
        if (Text(body["externalDocumentNumber"]) is not { Length: > 0 and <= 35 }) return "externalDocumentNumber is required and has at most 35 characters.";
        if (Text(body["customerNumber"]) is not { Length: > 0 and <= 20 }) return "customerNumber is required and has at most 20 characters.";
        foreach (var field in new[] { "orderDate", "requestedDeliveryDate" })
            if (body[field] is { } date && !DateOnly.TryParseExact(Text(date), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                return $"{field} must be an Edm.Date (yyyy-MM-dd).";
        if (body["salesOrderLines"] is not JsonArray { Count: > 0 } lines) return "salesOrderLines must hold at least one line.";
        foreach (var node in lines)
        {
            if (node is not JsonObject line || line["sequence"]?.GetValueKind() != JsonValueKind.Number) return "Every line is an object with a sequence number.";
            var type = Text(line["lineType"]) ?? "";
            if (!LineTypes.Contains(type)) return $"lineType '{type}' is not one of {string.Join(", ", LineTypes)}.";
            if (Text(line["description"]) is { Length: > 100 }) return "A line description has at most 100 characters.";
            if (type == "Comment") continue;
            if (Text(line["lineObjectNumber"]) is not { Length: > 0 }) return $"An {type} line needs a lineObjectNumber.";
            if (line["quantity"]?.GetValueKind() != JsonValueKind.Number || (decimal)line["quantity"]! <= 0) return "An item line needs a positive quantity.";
        }
        return null;
    }
}
