using Configurator.Orders.Model;
using Configurator.Orders.Placement;
using Configurator.Orders.Workflow;
using Configurator.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Configurator.Web.Apis;

/// <summary>Orders: placing one from a saved configuration, reading it and its timeline, and the actions people take on it.</summary>
public static class OrdersApi
{
    public const int MaxListLimit = 500;

    public static IEndpointRouteBuilder MapOrdersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/orders").WithTags("Orders").RequireRateLimiting(ApiProtectionExtensions.PublicPolicy);
        api.MapPost("/", Place);
        api.MapGet("/", List).RequireAuthorization(StaffRoles.ReadAllPolicy);
        api.MapGet("/counts", Counts).RequireAuthorization(StaffRoles.ReadAllPolicy);
        api.MapGet("/{id}", Get);
        api.MapGet("/{id}/timeline", Timeline);
        api.MapPost("/{id}/approve", (string id, OrderActionInput? input, HttpContext http, CancellationToken ct) =>
            Act(id, OrderTrigger.Approve, input, http, ct)).RequireAuthorization(StaffRoles.ApprovePolicy);
        api.MapPost("/{id}/reject", (string id, OrderActionInput? input, HttpContext http, CancellationToken ct) =>
            Act(id, OrderTrigger.Reject, input, http, ct)).RequireAuthorization(StaffRoles.ApprovePolicy);
        api.MapPost("/{id}/retry", (string id, OrderActionInput? input, HttpContext http, CancellationToken ct) =>
            Act(id, OrderTrigger.Retry, input, http, ct)).RequireAuthorization(StaffRoles.OperatePolicy);
        api.MapPost("/{id}/cancel", (string id, OrderActionInput? input, HttpContext http, CancellationToken ct) =>
            Act(id, OrderTrigger.Cancel, input, http, ct)).RequireAuthorization(StaffRoles.CancelPolicy);

        app.MapGet("/api/workflows/order/diagram", Diagram).WithTags("Orders").RequireRateLimiting(ApiProtectionExtensions.PublicPolicy);
        return app;
    }

    public static async Task<Results<Created<OrderView>, Ok<OrderView>, ProblemHttpResult, ValidationProblem>> Place(
        PlaceOrderInput input, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, OrderPlacement placement,
        CustomerActivityRecorder recorder, TimeProvider time, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (idempotencyKey is not null && !IdempotencyKeys.IsValid(idempotencyKey))
            errors["Idempotency-Key"] = ["An idempotency key has 1 to 100 printable ASCII characters."];
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        if (input.Validate(today, errors) is not { } request || errors.Count > 0) return Problems.Invalid(errors);

        var result = await placement.PlaceAsync(request, idempotencyKey, Actors.Of(http), cancellationToken);
        if (result is { Order: { } placed, Replayed: false })
            await CustomerActivity.BestEffortAsync(http.RequestServices, $"Order {placed.Number}", placed.Details.CustomerNumber,
                () => recorder.OrderPlacedAsync(placed, Actors.Of(http), cancellationToken));
        return result switch
        {
            { Order: { } order, Replayed: true } => TypedResults.Ok(OrderView.From(order)),
            { Order: { } order } => TypedResults.Created($"/api/orders/{order.Id}", OrderView.From(order)),
            { Failure: PlacementFailure.NotFound } => Problems.NotFound(result.Errors.Keys.First(), result.Errors.Values.First()[0]),
            { Failure: PlacementFailure.KeyReused } => Problems.Unprocessable(new(result.Errors), "The idempotency key belongs to another request.",
                "The idempotency key was used before"),
            _ => Problems.Unprocessable(new(result.Errors), "The order cannot be placed as requested."),
        };
    }

    public static async Task<Results<Ok<OrderListItem[]>, ValidationProblem>> List(
        string? state, int? limit, IOrderRepository orders, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        OrderState[] states = Enum.GetValues<OrderState>();
        if (state is not null)
        {
            if (Enum.TryParse<OrderState>(state, ignoreCase: true, out var parsed) && !int.TryParse(state, out _)) states = [parsed];
            else errors["state"] = [$"'{state}' is not a state; use one of {string.Join(", ", Enum.GetNames<OrderState>())}."];
        }
        if (limit is < 1 or > MaxListLimit) errors["limit"] = [$"A limit is between 1 and {MaxListLimit}."];
        if (errors.Count > 0) return Problems.Invalid(errors);
        return TypedResults.Ok((await orders.ListAsync(states, limit ?? 100, cancellationToken)).Select(OrderListItem.From).ToArray());
    }

    /// <summary>How many orders are in each state (every state listed, zero included).</summary>
    public static async Task<Ok<Dictionary<string, int>>> Counts(IOrderRepository orders, CancellationToken cancellationToken)
    {
        var counts = await orders.CountByStateAsync(cancellationToken);
        return TypedResults.Ok(Enum.GetValues<OrderState>().ToDictionary(
            s => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(s.ToString()), s => counts.GetValueOrDefault(s)));
    }

    public static async Task<Results<Ok<OrderView>, ProblemHttpResult, ValidationProblem>> Get(string id, IOrderRepository orders, CancellationToken cancellationToken)
    {
        var found = await Find(id, orders, cancellationToken);
        if (found.Invalid is { } invalid) return invalid;
        return found.Order is { } order ? TypedResults.Ok(OrderView.From(order)) : found.NotFound!;
    }

    public static async Task<Results<Ok<TimelineView>, ProblemHttpResult, ValidationProblem>> Timeline(string id, IOrderRepository orders, CancellationToken cancellationToken)
    {
        var found = await Find(id, orders, cancellationToken);
        if (found.Invalid is { } invalid) return invalid;
        return found.Order is { } order ? TypedResults.Ok(new TimelineView(order.Number.Value, order.State, order.Timeline)) : found.NotFound!;
    }

    private static async Task<Results<Ok<OrderView>, ProblemHttpResult, ValidationProblem>> Act(
        string id, OrderTrigger trigger, OrderActionInput? input, HttpContext http, CancellationToken cancellationToken)
    {
        if (input?.Comment is { Length: > OrderActionInput.MaxCommentLength })
            return Problems.Invalid(new() { ["comment"] = [$"A comment has at most {OrderActionInput.MaxCommentLength} characters."] });
        var services = http.RequestServices;
        var orders = services.GetRequiredService<IOrderRepository>();
        var lookup = await Find(id, orders, cancellationToken);
        if (lookup.Invalid is { } invalid) return invalid;
        if (lookup.Order is not { } found) return lookup.NotFound!;

        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var actor = Actors.Of(http);
        try
        {
            var updated = await orders.UpdateAsync(found.Id, order =>
            {
                switch (trigger)
                {
                    case OrderTrigger.Approve: order.Approve(actor, input?.Comment, now); break;
                    case OrderTrigger.Reject: order.Reject(actor, input?.Comment, now); break;
                    case OrderTrigger.Retry: order.Retry(actor, input?.Comment, now); break;
                    case OrderTrigger.Cancel: order.Cancel(actor, input?.Comment, now); break;
                    default: throw new ArgumentOutOfRangeException(nameof(trigger), trigger, "Not an action people take.");
                }
            }, cancellationToken);
            await services.GetRequiredService<IOrderStepScheduler>().ScheduleAsync(updated!, cancellationToken);
            return TypedResults.Ok(OrderView.From(updated!));
        }
        catch (OrderTransitionException e)
        {
            var permitted = e.Permitted.Where(OrderView.PublicActions.ContainsKey).Select(t => OrderView.PublicActions[t]).ToArray();
            return TypedResults.Problem(
                detail: $"Order {found.Number} is {e.State}; it cannot be {OrderView.PublicActions[trigger]}d now."
                    + (permitted.Length == 0 ? " No action is possible in this state." : $" Possible now: {string.Join(", ", permitted)}."),
                statusCode: StatusCodes.Status409Conflict, title: "Not possible in the order's state",
                extensions: new Dictionary<string, object?>
                {
                    ["errors"] = new Dictionary<string, string[]> { ["state"] = [$"{e.State} does not permit {OrderView.PublicActions[trigger]}."] },
                    ["state"] = e.State.ToString(),
                    ["actions"] = permitted,
                });
        }
    }

    public static ContentHttpResult Diagram() => TypedResults.Text(OrderWorkflow.ToMermaid(), "text/plain; charset=utf-8");

    /// <summary>An order by its id (a GUID) or its number (CO-...).</summary>
    internal static async Task<Lookup> Find(string id, IOrderRepository orders, CancellationToken cancellationToken)
    {
        Order? order;
        if (Guid.TryParse(id, out var guid)) order = await orders.FindAsync(guid, cancellationToken);
        else if (OrderNumber.IsWellFormed(id)) order = await orders.FindByNumberAsync(new OrderNumber(id), cancellationToken);
        else return new Lookup(null, null, Problems.Invalid(new() { ["id"] = [$"'{id}' is neither an order id (a GUID) nor an order number (CO-yyMMdd-XXXXXXXX)."] }));
        return new Lookup(order, order is null ? Problems.NotFound("id", $"There is no order '{id}'.") : null, null);
    }

    internal sealed record Lookup(Order? Order, ProblemHttpResult? NotFound, ValidationProblem? Invalid);
}
