using Configurator.Catalog.Loading;
using Configurator.Crm;
using Configurator.Crm.Customers;
using Configurator.Orders.Model;
using Configurator.Orders.Quotes;
using Configurator.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Configurator.Web.Apis;

/// <summary>
/// Sales quoting for accounts: quotes priced with the account's price list, volume breaks and the rep's discount;
/// acceptance places the order at the quoted price (re-pricing expired or outdated quotes first); the price lists themselves.
/// </summary>
public static class QuotesApi
{
    public static IEndpointRouteBuilder MapQuotesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/quotes").WithTags("Quotes")
            .RequireRateLimiting(ApiProtectionExtensions.PublicPolicy).RequireAuthorization(StaffRoles.AccountsPolicy);
        api.MapPost("/", Issue);
        api.MapGet("/{id}", Get);
        api.MapPost("/{id}/accept", Accept);
        api.MapPost("/{id}/withdraw", Withdraw);

        var accounts = app.MapGroup("/api/customers/{number}").WithTags("Quotes")
            .RequireRateLimiting(ApiProtectionExtensions.PublicPolicy).RequireAuthorization(StaffRoles.AccountsPolicy);
        accounts.MapGet("/quotes", ForCustomer);
        accounts.MapGet("/price-list", PriceList);
        accounts.MapPut("/price-list", SetPriceList).RequireAuthorization(StaffRoles.ApprovePolicy);
        return app;
    }

    public static async Task<Results<Created<QuoteView>, ProblemHttpResult, ValidationProblem>> Issue(
        IssueQuoteInput input, QuoteDesk desk, ICustomerRepository customers, CustomerActivityRecorder recorder, ProductModelStore models,
        IOptions<QuotingOptions> options, TimeProvider time, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (input.Validate(errors) is not { } request) return Problems.Invalid(errors);
        if (!await customers.ExistsAsync(new CustomerNumber(request.CustomerNumber), cancellationToken))
            return Problems.NotFound("customerNumber", $"There is no customer '{request.CustomerNumber}'; quotes are for registered accounts.");

        var authority = options.Value.AuthorityFor(http.User.IsInRole(StaffRoles.SalesManager));
        var result = await desk.IssueAsync(request, Actors.Of(http), authority, cancellationToken);
        if (result.Quote is not { } quote) return Failure(result);
        await CustomerActivity.BestEffortAsync(http.RequestServices, $"Quote {quote.Number}", quote.CustomerNumber,
            () => recorder.QuoteIssuedAsync(quote, models.Current, Actors.Of(http), cancellationToken));
        return TypedResults.Created($"/api/quotes/{quote.Id}", View(quote, models, time));
    }

    public static async Task<Results<Ok<QuoteView>, ProblemHttpResult, ValidationProblem>> Get(
        string id, IQuoteRepository quotes, IOrderRepository orders, ProductModelStore models, TimeProvider time, CancellationToken cancellationToken)
    {
        var found = await Find(id, quotes, cancellationToken);
        if (found.Invalid is { } invalid) return invalid;
        if (found.Quote is not { } quote) return found.NotFound!;
        var order = quote.OrderId is { } orderId ? await orders.FindAsync(orderId, cancellationToken) : null;
        return TypedResults.Ok(View(quote, models, time, order?.State));
    }

    /// <summary>
    /// Places the order (201; 200 with the same order when a concurrent acceptance of this revision placed it), or answers 409 with what changed when an expired or outdated quote had to be re-priced:
    /// the customer sees the new terms, and a second acceptance orders at them.
    /// </summary>
    public static async Task<Results<Created<AcceptedQuoteView>, Ok<AcceptedQuoteView>, ProblemHttpResult, ValidationProblem>> Accept(
        string id, AcceptQuoteInput input, QuoteDesk desk, IQuoteRepository quotes, CustomerActivityRecorder recorder, ProductModelStore models,
        TimeProvider time, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var request = input.Validate(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), errors);
        var found = await Find(id, quotes, cancellationToken);
        if (found.Invalid is { } invalid) return invalid;
        if (found.Quote is not { } quote) return found.NotFound!;
        if (request is null) return Problems.Invalid(errors);

        var result = await desk.AcceptAsync(quote, request, Actors.Of(http), cancellationToken);
        if (result is { Quote: { } same, Order: { } placed, Replayed: true })
            return TypedResults.Ok(new AcceptedQuoteView(View(same, models, time, placed.State), OrderView.From(placed)));
        if (result is { Quote: { } accepted, Order: { } order })
        {
            await CustomerActivity.BestEffortAsync(http.RequestServices, $"Quote {accepted.Number}", accepted.CustomerNumber,
                () => recorder.QuoteAcceptedAsync(accepted, order, Actors.Of(http), cancellationToken));
            return TypedResults.Created($"/api/orders/{order.Id}", new AcceptedQuoteView(View(accepted, models, time, order.State), OrderView.From(order)));
        }
        if (result is { Failure: QuoteFailure.Repriced, Quote: { } repriced })
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The quote was re-priced",
                detail: $"Quote {repriced.Number} was expired, made under an earlier product model, or re-priced since the revision accepted; "
                    + $"its terms now are revision {repriced.Terms.Revision}. Review what changed and accept that revision to order at them.",
                extensions: new Dictionary<string, object?>
                {
                    ["errors"] = result.Errors,
                    ["changes"] = result.Changes,
                    ["quote"] = View(repriced, models, time),
                });
        return Failure(result);
    }

    public static async Task<Results<Ok<QuoteView>, ProblemHttpResult, ValidationProblem>> Withdraw(
        string id, WithdrawQuoteInput? input, QuoteDesk desk, IQuoteRepository quotes, ProductModelStore models, TimeProvider time,
        HttpContext http, CancellationToken cancellationToken)
    {
        if (input?.Comment is { Length: > IssueQuoteInput.MaxCommentLength })
            return Problems.Invalid(new() { ["comment"] = [$"At most {IssueQuoteInput.MaxCommentLength} characters."] });
        var found = await Find(id, quotes, cancellationToken);
        if (found.Invalid is { } invalid) return invalid;
        if (found.Quote is not { } quote) return found.NotFound!;
        var result = await desk.WithdrawAsync(quote.Id, Actors.Of(http), input?.Comment, cancellationToken);
        return result.Quote is { } withdrawn ? TypedResults.Ok(View(withdrawn, models, time)) : Failure(result);
    }

    public static async Task<Results<Ok<QuoteView[]>, ValidationProblem>> ForCustomer(
        string number, IQuoteRepository quotes, ProductModelStore models, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (CustomerInputs.Number(number, "number", errors) is not { } customer) return Problems.Invalid(errors);
        var list = await quotes.ListForCustomerAsync(customer.Value, cancellationToken);
        return TypedResults.Ok(list.Select(q => View(q, models, time)).ToArray());
    }

    public static async Task<Results<Ok<PriceListView>, ProblemHttpResult, ValidationProblem>> PriceList(
        string number, IAccountPriceLists priceLists, ICustomerRepository customers, IOptions<QuotingOptions> options, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (CustomerInputs.Number(number, "number", errors) is not { } customer) return Problems.Invalid(errors);
        if (!await customers.ExistsAsync(customer, cancellationToken)) return UnknownCustomer(number);
        return TypedResults.Ok(PriceListView.From(customer.Value, await priceLists.FindAsync(customer.Value, cancellationToken), options.Value.StandardBreaks()));
    }

    public static async Task<Results<Ok<PriceListView>, ProblemHttpResult, ValidationProblem>> SetPriceList(
        string number, PriceListInput input, IAccountPriceLists priceLists, ICustomerRepository customers, ProductModelStore models,
        IOptions<QuotingOptions> options, TimeProvider time, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (CustomerInputs.Number(number, "number", errors) is not { } customer) return Problems.Invalid(errors);
        var families = models.Current.Families.Select(f => f.Family.Id).ToHashSet();
        if (input.Validate(customer.Value, families, Actors.Of(http), time.GetUtcNow(), errors) is not { } priceList) return Problems.Invalid(errors);
        if (!await customers.ExistsAsync(customer, cancellationToken)) return UnknownCustomer(number);
        await priceLists.SaveAsync(priceList, cancellationToken);
        return TypedResults.Ok(PriceListView.From(customer.Value, priceList, options.Value.StandardBreaks()));
    }

    private static QuoteView View(Quote quote, ProductModelStore models, TimeProvider time, OrderState? orderState = null) =>
        QuoteView.From(quote, models.Current.Version, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), orderState);

    private static ProblemHttpResult Failure(QuoteResult result)
    {
        var errors = new Dictionary<string, string[]>(result.Errors);
        return result.Failure switch
        {
            QuoteFailure.NotFound => Problems.NotFound(errors.Keys.First(), errors.Values.First()[0]),
            QuoteFailure.WrongState => Problems.Conflict(errors.Keys.First(), errors.Values.First()[0], "Not possible in the quote's state"),
            _ => Problems.Unprocessable(errors, "The quote cannot be made or accepted as requested.", "The quote cannot be used"),
        };
    }

    /// <summary>A quote by its id (a GUID) or its number (QT-...).</summary>
    private static async Task<Lookup> Find(string id, IQuoteRepository quotes, CancellationToken cancellationToken)
    {
        Quote? quote;
        if (Guid.TryParse(id, out var guid)) quote = await quotes.FindAsync(guid, cancellationToken);
        else if (QuoteNumber.IsWellFormed(id)) quote = await quotes.FindByNumberAsync(new QuoteNumber(id), cancellationToken);
        else return new Lookup(null, null, Problems.Invalid(new() { ["id"] = [$"'{id}' is neither a quote id (a GUID) nor a quote number (QT-yyMMdd-XXXXXXXX)."] }));
        return new Lookup(quote, quote is null ? Problems.NotFound("id", $"There is no quote '{id}'.") : null, null);
    }

    private sealed record Lookup(Quote? Quote, ProblemHttpResult? NotFound, ValidationProblem? Invalid);

    private static ProblemHttpResult UnknownCustomer(string number) => Problems.NotFound("number", $"There is no customer '{number}'.");
}
