using Configurator.Crm.Customers;
using Configurator.Orders.Model;
using Configurator.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Configurator.Web.Apis;

/// <summary>
/// Post-delivery satisfaction: a score for a shipped order lands on the ordering customer's timeline. Sales staff enter it
/// (customers have no sign-in yet), so it takes the same roles as the customer database.
/// </summary>
public static class SatisfactionApi
{
    public const int MaxCommentLength = 500;

    public sealed record SatisfactionInput(int? Score, string? Comment);

    public sealed record SatisfactionView(string Order, string Customer, int Score, string Summary, DateTimeOffset At, string By);

    public static IEndpointRouteBuilder MapSatisfactionApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/orders/{id}/satisfaction", Rate).WithTags("Customers")
            .RequireRateLimiting(ApiProtectionExtensions.PublicPolicy).RequireAuthorization(StaffRoles.AccountsPolicy);
        return app;
    }

    public static async Task<Results<Created<SatisfactionView>, ProblemHttpResult, ValidationProblem>> Rate(
        string id, SatisfactionInput input, HttpContext http, IOrderRepository orders, ICustomerRepository customers, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (input.Score is not (>= 1 and <= 5)) errors["score"] = ["A whole number from 1 (very dissatisfied) to 5 (very satisfied)."];
        if (input.Comment is { Length: > MaxCommentLength }) errors["comment"] = [$"At most {MaxCommentLength} characters."];
        else if (input.Comment?.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')) == true) errors["comment"] = ["Control characters are not allowed."];
        if (errors.Count > 0) return Problems.Invalid(errors);

        var lookup = await OrdersApi.Find(id, orders, cancellationToken);
        if (lookup.Invalid is { } invalid) return invalid;
        if (lookup.Order is not { } order) return lookup.NotFound!;
        if (order.State != OrderState.Shipped)
            return Problems.Conflict("state", $"Order {order.Number} is {order.State}; satisfaction is rated once it has shipped.", "Not delivered yet");

        var customer = CustomerInputs.Number(order.Details.CustomerNumber, "customerNumber", errors);
        Interaction? rating = null;
        try
        {
            if (customer is not null)
                await customers.UpdateAsync(customer.Value, c => rating = c.RateSatisfaction(order.Number.Value, order.Snapshot.FamilyId, input.Score!.Value,
                    input.Comment, Actors.Of(http), time.GetUtcNow()), cancellationToken);
        }
        catch (CustomerException e)
        {
            return Problems.Conflict("score", e.Message, "Rated already");
        }
        if (rating is null)
            return Problems.Conflict("customerNumber", $"Customer {order.Details.CustomerNumber} of order {order.Number} is not in the customer database.",
                "Customer not registered");
        return TypedResults.Created($"/api/customers/{customer!.Value}/timeline",
            new SatisfactionView(order.Number.Value, customer.Value.Value, input.Score!.Value, rating.Summary, rating.At, rating.By));
    }
}
