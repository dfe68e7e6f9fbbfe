using System.Globalization;
using System.Text.Json.Nodes;
using Erp.Simulator.Faults;
using Erp.Simulator.Http;
using Erp.Simulator.Options;
using Erp.Simulator.Progress;
using Erp.Simulator.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Erp.Simulator.BusinessCentral;

/// <summary>
/// Business Central API v2.0 salesOrders: lookup by externalDocumentNumber, deep insert with salesOrderLines,
/// line reads, delete. A cancelled (deleted) order is gone from this API; the admin list still shows it.
/// </summary>
public static class BusinessCentralSalesOrdersApi
{
    public const string BasePath = "/api/v2.0/companies({companyId})";
    private const string ReferenceProperty = "externalDocumentNumber";
    private const string LinesProperty = "salesOrderLines";
    private const int FirstOrderNumber = 101_000;
    private static readonly HashSet<string> LookupOptions = ["$filter", "$top", "$expand"];
    private static readonly HashSet<string> ReadOptions = ["$expand"];
    private static readonly HashSet<string> NoOptions = [];

    public static IEndpointRouteBuilder MapBusinessCentralSalesOrdersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapErpApi<BusinessCentralAccessFilter>(BasePath, "Business Central API v2.0", BusinessCentralErrors.Instance);
        api.MapGet("/salesOrders", FindOrders);
        api.MapGet("/salesOrders({id})", GetOrder);
        api.MapGet("/salesOrders({id})/salesOrderLines", GetLines);
        api.MapPost("/salesOrders", CreateOrder).WithMetadata(CreatesOrder.Marker);
        api.MapDelete("/salesOrders({id})", DeleteOrder);
        return app;
    }

    public static Results<Ok<JsonObject>, JsonHttpResult<BusinessCentralErrorBody>> FindOrders(
        string companyId, HttpRequest request, OrderLifecycle lifecycle, IOrderStore store, IOptions<SimulatorOptions> options)
    {
        if (CompanyError(companyId, options.Value) is { } companyError) return companyError;
        if (ReadQuery(request, LookupOptions, out var expand, out var error) is not { } query) return error!;
        lifecycle.AdvanceAll();
        var orders = Visible(store, companyId);
        if (query.Filter is not null)
        {
            if (!EqualityFilter.TryParse(query.Filter, ReferenceProperty, out var reference))
                return BusinessCentralErrors.NotSupported($"The simulator filters only by {ReferenceProperty} eq '<value>'.");
            orders = orders.Where(o => o.ExternalReference == reference);
        }
        var value = new JsonArray(query.Apply(orders).Select(o => (JsonNode)BusinessCentralDocuments.Order(o, expand)).ToArray());
        return TypedResults.Ok(new JsonObject { ["@odata.context"] = Context(request, companyId, "salesOrders"), ["value"] = value });
    }

    public static Results<Ok<JsonObject>, JsonHttpResult<BusinessCentralErrorBody>> GetOrder(
        string companyId, string id, HttpRequest request, OrderLifecycle lifecycle, IOrderStore store, IOptions<SimulatorOptions> options)
    {
        if (CompanyError(companyId, options.Value) is { } companyError) return companyError;
        if (ReadQuery(request, ReadOptions, out var expand, out var error) is null) return error!;
        lifecycle.AdvanceAll();
        if (FindVisible(store, companyId, id) is not { } order) return UnknownOrder();
        var document = BusinessCentralDocuments.Order(order, expand);
        document.Insert(0, "@odata.context", Context(request, companyId, "salesOrders/$entity"));
        return TypedResults.Ok(document);
    }

    public static Results<Ok<JsonObject>, JsonHttpResult<BusinessCentralErrorBody>> GetLines(
        string companyId, string id, HttpRequest request, OrderLifecycle lifecycle, IOrderStore store, IOptions<SimulatorOptions> options)
    {
        if (CompanyError(companyId, options.Value) is { } companyError) return companyError;
        if (ReadQuery(request, NoOptions, out _, out var error) is null) return error!;
        lifecycle.AdvanceAll();
        if (FindVisible(store, companyId, id) is not { } order) return UnknownOrder();
        return TypedResults.Ok(new JsonObject
        {
            ["@odata.context"] = Context(request, companyId, $"salesOrders({order.Id})/salesOrderLines"),
            ["value"] = BusinessCentralDocuments.Lines(order),
        });
    }

    public static async Task<Results<Created<JsonObject>, JsonHttpResult<BusinessCentralErrorBody>>> CreateOrder(
        string companyId, HttpRequest request, OrderLifecycle lifecycle, IOptions<SimulatorOptions> options, CancellationToken ct)
    {
        if (CompanyError(companyId, options.Value) is { } companyError) return companyError;
        if (await JsonBody.ReadObjectAsync(request, ct) is not { } body)
            return BusinessCentralErrors.Of(StatusCodes.Status400BadRequest, "BadRequest_InvalidRequestBody", "The request body is not a JSON object.");
        if (BusinessCentralOrderReader.Read(body, out var problem) is not { } input) return BusinessCentralErrors.Invalid(problem);

        var now = lifecycle.Now;
        var id = Guid.NewGuid();
        var company = Guid.Parse(companyId).ToString();
        var order = lifecycle.Create(ErpSystem.BusinessCentral, sequence =>
        {
            var lines = BusinessCentralDocuments.LinesToStore(input.Lines, id);
            var number = "S-ORD" + (FirstOrderNumber + sequence).ToString(CultureInfo.InvariantCulture);
            return new StoredOrder(id, ErpSystem.BusinessCentral, company, input.ExternalDocumentNumber, number,
                OrderStatus.Accepted, now, now, input.Header.ToJsonString(), lines.ToJsonString(), lines.Count);
        });
        var document = BusinessCentralDocuments.Order(order, expandLines: true);
        document.Insert(0, "@odata.context", Context(request, companyId, "salesOrders/$entity"));
        return TypedResults.Created($"{Root(request)}/api/v2.0/companies({companyId})/salesOrders({order.Id})", document);
    }

    /// <summary>BC deletes the order; the simulator keeps it as Cancelled for the admin list and the webhook.</summary>
    public static Results<NoContent, JsonHttpResult<BusinessCentralErrorBody>> DeleteOrder(
        string companyId, string id, HttpRequest request, OrderLifecycle lifecycle, IOrderStore store, IOptions<SimulatorOptions> options)
    {
        if (CompanyError(companyId, options.Value) is { } companyError) return companyError;
        if (string.IsNullOrEmpty(request.Headers.IfMatch))
            return BusinessCentralErrors.Invalid("Could not validate the client concurrency token. The value of If-Match request header must be set to '*' or to the entity's ETag.");
        if (FindVisible(store, companyId, id) is not { } order) return UnknownOrder();

        var shipped = false;
        lifecycle.Modify(order.Id, current =>
        {
            shipped = current.Status == OrderStatus.Shipped;
            return shipped || current.Status == OrderStatus.Cancelled ? current : current with { Status = OrderStatus.Cancelled, ModifiedAt = lifecycle.Now };
        });
        return shipped ? BusinessCentralErrors.Invalid($"Sales order {order.ErpOrderNumber} is fully shipped and cannot be deleted.") : TypedResults.NoContent();
    }

    private static IEnumerable<StoredOrder> Visible(IOrderStore store, string companyId) =>
        store.OfSystem(ErpSystem.BusinessCentral, Guid.Parse(companyId).ToString()).Where(o => o.Status != OrderStatus.Cancelled);

    private static StoredOrder? FindVisible(IOrderStore store, string companyId, string id) =>
        Guid.TryParse(id, out var orderId) ? Visible(store, companyId).FirstOrDefault(o => o.Id == orderId) : null;

    /// <summary>A malformed company id is a bad request; a well-formed one the simulator does not know is not found.</summary>
    private static JsonHttpResult<BusinessCentralErrorBody>? CompanyError(string companyId, SimulatorOptions options)
    {
        if (!Guid.TryParse(companyId, out var company))
            return BusinessCentralErrors.Invalid($"'{companyId}' is not a valid company id; a company is addressed by its GUID.");
        return options.BusinessCentralCompanies.Count == 0 || options.BusinessCentralCompanies.Contains(company)
            ? null
            : BusinessCentralErrors.NotFound($"The company {company} does not exist.");
    }

    private static QueryOptions? ReadQuery(HttpRequest request, IReadOnlySet<string> supported, out bool expand,
        out JsonHttpResult<BusinessCentralErrorBody>? error)
    {
        expand = false;
        error = null;
        var query = QueryOptions.Read(request.Query, supported, out var problem);
        if (query is null)
        {
            error = BusinessCentralErrors.NotSupported(problem);
            return null;
        }
        if (request.Query.TryGetValue("$expand", out var expansion))
        {
            if (expansion != LinesProperty)
            {
                error = BusinessCentralErrors.NotSupported($"The simulator expands only {LinesProperty}.");
                return null;
            }
            expand = true;
        }
        return query;
    }

    private static JsonHttpResult<BusinessCentralErrorBody> UnknownOrder() =>
        BusinessCentralErrors.NotFound("The specified resource does not exist.");

    private static string Root(HttpRequest request) => $"{request.Scheme}://{request.Host}";

    private static string Context(HttpRequest request, string companyId, string path) =>
        $"{Root(request)}/api/v2.0/$metadata#companies({companyId})/{path}";
}
