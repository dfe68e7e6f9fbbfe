using System.Globalization;
using System.Text.Json.Nodes;
using Erp.Simulator.Faults;
using Erp.Simulator.Http;
using Erp.Simulator.Progress;
using Erp.Simulator.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Erp.Simulator.Sap;

/// <summary>SAP S/4HANA API_SALES_ORDER_SRV (OData v2): CSRF handshake, lookup by customer reference, deep insert, item rejection.</summary>
public static class SapSalesOrderApi
{
    public const string BasePath = "/sap/opu/odata/sap/API_SALES_ORDER_SRV";
    private const string ReferenceProperty = "PurchaseOrderByCustomer";
    private static readonly HashSet<string> LookupOptions = ["$filter", "$format", "$top", "$expand"];
    private static readonly HashSet<string> ReadOptions = ["$format", "$expand"];
    private static readonly HashSet<string> ExpandableProperties = ["to_Item", "to_Partner"];
    private const int FirstOrderNumber = 1_000_000;

    public static IEndpointRouteBuilder MapSapSalesOrderApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapErpApi<SapAccessFilter>(BasePath, "SAP API_SALES_ORDER_SRV", SapErrors.Instance);
        api.MapGet("/", ServiceDocument);
        api.MapGet("/A_SalesOrder", FindOrders);
        api.MapGet("/A_SalesOrder('{salesOrder}')", GetOrder);
        api.MapGet("/A_SalesOrder('{salesOrder}')/to_Item", GetItems);
        api.MapPost("/A_SalesOrder", CreateOrder).WithMetadata(CreatesOrder.Marker);
        api.MapMethods("/A_SalesOrderItem(SalesOrder='{salesOrder}',SalesOrderItem='{salesOrderItem}')", ["PATCH", "MERGE"], UpdateItem);
        return app;
    }

    public static Ok<JsonObject> ServiceDocument() =>
        TypedResults.Ok(Data(new JsonObject { ["EntitySets"] = new JsonArray("A_SalesOrder", "A_SalesOrderItem") }));

    public static Results<Ok<JsonObject>, JsonHttpResult<SapErrorBody>> FindOrders(HttpRequest request, OrderLifecycle lifecycle, IOrderStore store)
    {
        if (ReadQuery(request, LookupOptions, out var expand, out var error) is not { } query) return error!;
        lifecycle.AdvanceAll();
        var orders = store.OfSystem(ErpSystem.SapS4);
        if (query.Filter is not null)
        {
            if (!EqualityFilter.TryParse(query.Filter, ReferenceProperty, out var reference))
                return SapErrors.Of(StatusCodes.Status501NotImplemented, "SIMULATOR/FILTER_NOT_SUPPORTED",
                    $"The simulator filters only by {ReferenceProperty} eq '<value>'.");
            orders = orders.Where(o => o.ExternalReference == reference);
        }
        var results = new JsonArray(query.Apply(orders).Select(o => (JsonNode)SapOrderDocuments.Header(o, ServiceRoot(request), expand)).ToArray());
        return TypedResults.Ok(Data(new JsonObject { ["results"] = results }));
    }

    public static Results<Ok<JsonObject>, JsonHttpResult<SapErrorBody>> GetOrder(string salesOrder, HttpRequest request, OrderLifecycle lifecycle, IOrderStore store)
    {
        if (ReadQuery(request, ReadOptions, out var expand, out var error) is null) return error!;
        lifecycle.AdvanceAll();
        return store.FindByNumber(ErpSystem.SapS4, salesOrder) is { } order
            ? TypedResults.Ok(Data(SapOrderDocuments.Header(order, ServiceRoot(request), expand)))
            : UnknownOrder(salesOrder);
    }

    public static Results<Ok<JsonObject>, JsonHttpResult<SapErrorBody>> GetItems(string salesOrder, HttpRequest request, IOrderStore store)
    {
        if (ReadQuery(request, ReadOptions, out _, out var error) is null) return error!;
        return store.FindByNumber(ErpSystem.SapS4, salesOrder) is { } order
            ? TypedResults.Ok(Data(new JsonObject { ["results"] = SapOrderDocuments.Items(order, ServiceRoot(request)) }))
            : UnknownOrder(salesOrder);
    }

    public static async Task<Results<Created<JsonObject>, JsonHttpResult<SapErrorBody>>> CreateOrder(
        HttpRequest request, OrderLifecycle lifecycle, CancellationToken ct)
    {
        if (await JsonBody.ReadObjectAsync(request, ct) is not { } body)
            return SapErrors.Of(StatusCodes.Status400BadRequest, "SIMULATOR/MALFORMED_JSON", "The request body is not a JSON object.");
        if (SapOrderReader.Read(body, out var error) is not { } input) return SapErrors.Invalid(error);

        var now = lifecycle.Now;
        var order = lifecycle.Create(ErpSystem.SapS4, sequence =>
        {
            var number = (FirstOrderNumber + sequence).ToString(CultureInfo.InvariantCulture);
            var items = SapOrderDocuments.ItemsToStore(input.Items, number);
            return new StoredOrder(Guid.NewGuid(), ErpSystem.SapS4, input.SalesOrganization, input.PurchaseOrderByCustomer, number,
                OrderStatus.Accepted, now, now, input.Header.ToJsonString(), items.ToJsonString(), items.Count);
        });
        var root = ServiceRoot(request);
        return TypedResults.Created($"{root}/A_SalesOrder('{order.ErpOrderNumber}')", Data(SapOrderDocuments.Header(order, root, expand: true)));
    }

    /// <summary>Only the rejection reason can be changed: rejecting every top-level item cancels the order.</summary>
    public static async Task<Results<NoContent, JsonHttpResult<SapErrorBody>>> UpdateItem(
        string salesOrder, string salesOrderItem, HttpRequest request, OrderLifecycle lifecycle, IOrderStore store, CancellationToken ct)
    {
        if (await JsonBody.ReadObjectAsync(request, ct) is not { } body)
            return SapErrors.Of(StatusCodes.Status400BadRequest, "SIMULATOR/MALFORMED_JSON", "The request body is not a JSON object.");
        if (body.Any(p => p.Key != "SalesDocumentRjcnReason") || body.String("SalesDocumentRjcnReason") is not { } reason)
            return SapErrors.Invalid("The simulator changes only 'SalesDocumentRjcnReason' (a string) on an item.");
        if (store.FindByNumber(ErpSystem.SapS4, salesOrder) is not { } order) return UnknownOrder(salesOrder);
        if (!JsonNode.Parse(order.Lines)!.AsArray().Cast<JsonObject>().Any(i => i.String("SalesOrderItem") == salesOrderItem))
            return SapErrors.NotFound($"Item {salesOrderItem} of sales order {salesOrder} does not exist.");

        var shipped = false;
        lifecycle.Modify(order.Id, current =>
        {
            shipped = current.Status == OrderStatus.Shipped;
            return shipped ? current : RejectItem(current, salesOrderItem, reason, lifecycle.Now);
        });
        return shipped
            ? SapErrors.Invalid($"Sales order {salesOrder} is fully delivered; its items can no longer be rejected.")
            : TypedResults.NoContent();
    }

    private static StoredOrder RejectItem(StoredOrder order, string salesOrderItem, string reason, DateTimeOffset now)
    {
        var items = JsonNode.Parse(order.Lines)!.AsArray();
        foreach (var item in items.Cast<JsonObject>().Where(i => i.String("SalesOrderItem") == salesOrderItem))
            item["SalesDocumentRjcnReason"] = reason;
        var status = SapOrderDocuments.AllTopLevelItemsRejected(items) ? OrderStatus.Cancelled : order.Status;
        return order with { Lines = items.ToJsonString(), Status = status, ModifiedAt = now };
    }

    /// <summary>Null (with the error to answer) when the query has options the simulator does not serve.</summary>
    private static QueryOptions? ReadQuery(HttpRequest request, IReadOnlySet<string> supported, out bool expand, out JsonHttpResult<SapErrorBody>? error)
    {
        expand = false;
        error = null;
        var query = QueryOptions.Read(request.Query, supported, out var problem);
        if (query is null)
        {
            error = SapErrors.Of(StatusCodes.Status501NotImplemented, "SIMULATOR/OPTION_NOT_SUPPORTED", problem);
            return null;
        }
        if (request.Query.TryGetValue("$format", out var format) && format != "json")
        {
            error = SapErrors.Of(StatusCodes.Status501NotImplemented, "SIMULATOR/FORMAT_NOT_SUPPORTED", "The simulator answers only $format=json.");
            return null;
        }
        if (request.Query.TryGetValue("$expand", out var expansions))
        {
            if (!expansions.ToString().Split(',').All(e => ExpandableProperties.Contains(e.Trim())))
            {
                error = SapErrors.Of(StatusCodes.Status501NotImplemented, "SIMULATOR/EXPAND_NOT_SUPPORTED", "The simulator expands only to_Item and to_Partner.");
                return null;
            }
            expand = true;
        }
        return query;
    }

    private static JsonHttpResult<SapErrorBody> UnknownOrder(string salesOrder) => SapErrors.NotFound($"Sales order {salesOrder} does not exist.");

    private static string ServiceRoot(HttpRequest request) => $"{request.Scheme}://{request.Host}{BasePath}";

    private static JsonObject Data(JsonNode content) => new() { ["d"] = content };
}
