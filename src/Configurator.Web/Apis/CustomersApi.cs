using Configurator.Crm;
using Configurator.Crm.Analysis;
using Configurator.Crm.Customers;
using Configurator.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Configurator.Web.Apis;

/// <summary>The customer database for sales: customers and key accounts, contacts, and the interaction timeline.</summary>
public static class CustomersApi
{
    /// <summary>A customer; for a key account read on its own, also its RAD class as of the latest quarter analysed.</summary>
    public sealed record CustomerView(string Number, CustomerKind Kind, string Name, string? Email, PostalAddress Address, DateTimeOffset CreatedAt,
        KeyAccountProfile? KeyAccount, IReadOnlyList<Contact> Contacts, IReadOnlyList<PurchaseTotal> PurchasesByFamily, AccountClassView? AccountClass)
    {
        public static CustomerView From(Customer c, RadSnapshot? latest = null) =>
            new(c.Number.Value, c.Kind, c.Name, c.Email, c.Address, c.CreatedAt, c.KeyAccount, c.Contacts, c.PurchasesByFamily(),
                latest is null ? null : new AccountClassView(latest.Class, latest.Quarter.ToString(), latest.ShareOfWallet, latest.Reason));
    }

    public sealed record AccountClassView(RadClass Class, string Quarter, decimal? ShareOfWallet, string? Reason);

    public static IEndpointRouteBuilder MapCustomersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/customers").WithTags("Customers")
            .RequireRateLimiting(ApiProtectionExtensions.PublicPolicy).RequireAuthorization(StaffRoles.AccountsPolicy);
        api.MapPost("/", Register);
        api.MapGet("/", List);
        api.MapGet("/{number}", Get);
        api.MapGet("/{number}/timeline", Timeline);
        api.MapPost("/{number}/contacts", AddContact);
        api.MapPost("/{number}/interactions", RecordInteraction);
        api.MapPut("/{number}/key-account", TrackAsKeyAccount);
        return app;
    }

    public static async Task<Results<Created<CustomerView>, ProblemHttpResult, ValidationProblem>> Register(
        RegisterCustomerInput input, ICustomerRepository customers, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (input.Validate(time.GetUtcNow(), errors) is not { } customer) return Problems.Invalid(errors);
        if (!await customers.TryAddAsync(customer, cancellationToken))
            return Problems.Conflict("number", $"Customer {customer.Number} is already registered.", "Customer exists");
        return TypedResults.Created($"/api/customers/{customer.Number}", CustomerView.From(customer));
    }

    public const int MaxListLimit = 500;

    /// <summary>The sales desk's list: filter by kind, key accounts, account manager or a part of the name; page on with <c>after</c>.</summary>
    public static async Task<Results<Ok<IReadOnlyList<CustomerSummary>>, ValidationProblem>> List(
        string? kind, bool? keyAccounts, string? accountManager, string? q, string? after, int? limit, ICustomerRepository customers,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        CustomerKind? parsedKind = null;
        if (kind is not null)
        {
            if (Enum.TryParse<CustomerKind>(kind, ignoreCase: true, out var k) && !int.TryParse(kind, out _)) parsedKind = k;
            else errors["kind"] = ["Use consumer or business."];
        }
        if (accountManager is { Length: > 100 }) errors["accountManager"] = ["At most 100 characters."];
        if (q is { Length: > 100 }) errors["q"] = ["At most 100 characters."];
        var from = after is null ? null : CustomerInputs.Number(after, "after", errors);
        if (limit is < 1 or > MaxListLimit) errors["limit"] = [$"A limit is between 1 and {MaxListLimit}."];
        if (errors.Count > 0) return Problems.Invalid(errors);
        return TypedResults.Ok(await customers.ListAsync(new CustomerQuery(parsedKind, keyAccounts ?? false, accountManager,
            string.IsNullOrWhiteSpace(q) ? null : q.Trim(), from, limit ?? 100), cancellationToken));
    }

    public static async Task<Results<Ok<CustomerView>, ProblemHttpResult, ValidationProblem>> Get(
        string number, ICustomerRepository customers, IRadRepository rad, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (CustomerInputs.Number(number, "number", errors) is not { } parsed) return Problems.Invalid(errors);
        if (await customers.FindAsync(parsed, cancellationToken) is not { } customer) return Unknown(number);
        var latest = customer.IsKeyAccount ? await rad.LatestSnapshotAsync(parsed, cancellationToken) : null;
        return TypedResults.Ok(CustomerView.From(customer, latest));
    }

    public static async Task<Results<Ok<IReadOnlyList<Interaction>>, ProblemHttpResult, ValidationProblem>> Timeline(
        string number, ICustomerRepository customers, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (CustomerInputs.Number(number, "number", errors) is not { } parsed) return Problems.Invalid(errors);
        return await customers.FindAsync(parsed, cancellationToken) is { } customer ? TypedResults.Ok(customer.Timeline) : Unknown(number);
    }

    public static Task<Results<Ok<CustomerView>, ProblemHttpResult, ValidationProblem>> AddContact(
        string number, ContactInput input, ICustomerRepository customers, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        CustomerInputs.Text(input.Name, "name", 200, errors);
        if (input.Role is null) errors["role"] = [$"Use one of {string.Join(", ", Enum.GetNames<BuyingRole>())}."];
        return Change(number, errors, customers, c => c.AddContact(new Contact(Guid.NewGuid(), input.Name!.Trim(), input.Email, input.Phone, input.Role!.Value)),
            cancellationToken);
    }

    public static Task<Results<Ok<CustomerView>, ProblemHttpResult, ValidationProblem>> RecordInteraction(
        string number, InteractionInput input, HttpContext http, ICustomerRepository customers, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (input.Kind is not { } kind || !InteractionInput.RecordedByPeople.Contains(kind))
            errors["kind"] = [$"Use one of {string.Join(", ", InteractionInput.RecordedByPeople)}; the others are recorded by the system."];
        CustomerInputs.Text(input.Summary, "summary", 500, errors);
        if (input.Reference is { Length: > 64 }) errors["reference"] = ["At most 64 characters."];
        var at = input.At ?? time.GetUtcNow();
        if (at > time.GetUtcNow().AddMinutes(5)) errors["at"] = ["An interaction cannot be in the future."];
        return Change(number, errors, customers, c => c.Record(new Interaction(Guid.NewGuid(), input.Kind!.Value, at, Actors.Of(http), input.Summary!.Trim(),
            input.Reference)), cancellationToken);
    }

    public static Task<Results<Ok<CustomerView>, ProblemHttpResult, ValidationProblem>> TrackAsKeyAccount(
        string number, KeyAccountInput input, HttpContext http, ICustomerRepository customers, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        CustomerInputs.Text(input.Industry, "industry", 100, errors);
        CustomerInputs.Text(input.CustomerType, "customerType", 50, errors);
        CustomerInputs.Text(input.CustomerCode, "customerCode", 20, errors);
        CustomerInputs.Text(input.AccountManager, "accountManager", 100, errors);
        CustomerInputs.Text(input.TechnicalSupportOwner, "technicalSupportOwner", 100, errors);
        if (input.Employees is null or < 0) errors["employees"] = ["A number of employees, 0 or more."];
        if (input.Stage is null) errors["stage"] = [$"Use one of {string.Join(", ", Enum.GetNames<FunnelStage>())}."];
        var parent = input.Parent is null ? null : CustomerInputs.Number(input.Parent, "parent", errors);
        return Change(number, errors, customers, c => c.TrackAsKeyAccount(new KeyAccountProfile(input.Industry!, parent, input.Affiliation,
            input.Employees!.Value, input.CustomerType!, input.CustomerCode!, input.AccountManager!, input.TechnicalSupportOwner!, input.Stage!.Value),
            Actors.Of(http), time.GetUtcNow()), cancellationToken);
    }

    private static async Task<Results<Ok<CustomerView>, ProblemHttpResult, ValidationProblem>> Change(string number, Dictionary<string, string[]> errors,
        ICustomerRepository customers, Action<Customer> change, CancellationToken cancellationToken)
    {
        var parsed = CustomerInputs.Number(number, "number", errors);
        if (errors.Count > 0) return Problems.Invalid(errors);
        try
        {
            return await customers.UpdateAsync(parsed!.Value, change, cancellationToken) is { } customer
                ? TypedResults.Ok(CustomerView.From(customer))
                : Unknown(number);
        }
        catch (CustomerException e)
        {
            return Problems.Conflict("number", e.Message, "Not possible for this customer");
        }
    }

    internal static ProblemHttpResult Unknown(string number) => Problems.NotFound("number", $"There is no customer '{number}'.");
}
