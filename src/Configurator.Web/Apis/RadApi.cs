using Configurator.Catalog.Model;
using Configurator.Crm;
using Configurator.Crm.Analysis;
using Configurator.Crm.Customers;
using Configurator.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Configurator.Web.Apis;

/// <summary>RAD key-account analysis for the sales desk: buying power with its history, quarterly snapshots by class, and transitions.</summary>
public static class RadApi
{
    public sealed record BuyingPowerInput(decimal? Amount, DateOnly? Since, string? Note);

    public sealed record SnapshotView(string Account, string Quarter, decimal? BuyingPower, decimal Sales, string Currency, decimal? ShareOfWallet,
        RadClass Class, string? Reason)
    {
        public static SnapshotView From(RadSnapshot s) =>
            new(s.Account.Value, s.Quarter.ToString(), s.BuyingPower?.Amount, s.Sales.Amount, s.Sales.Currency, s.ShareOfWallet, s.Class, s.Reason);
    }

    public sealed record TransitionView(string Account, RadClass From, RadClass To, RadDirection Direction);

    public sealed record TransitionsView(string From, string To, IReadOnlyList<TransitionView> Slipping, IReadOnlyList<TransitionView> Growing,
        IReadOnlyList<string> New, IReadOnlyList<string> Vanished);

    public static IEndpointRouteBuilder MapRadApi(this IEndpointRouteBuilder app)
    {
        var accounts = app.MapGroup("/api/customers/{number}/buying-power").WithTags("RAD")
            .RequireRateLimiting(ApiProtectionExtensions.PublicPolicy).RequireAuthorization(StaffRoles.AccountsPolicy);
        accounts.MapGet("/", History);
        accounts.MapPost("/", Estimate);
        var rad = app.MapGroup("/api/rad").WithTags("RAD")
            .RequireRateLimiting(ApiProtectionExtensions.PublicPolicy).RequireAuthorization(StaffRoles.AccountsPolicy);
        rad.MapGet("/transitions", Transitions);
        rad.MapGet("/{quarter}", Snapshots);
        rad.MapPost("/{quarter}/run", Run).RequireAuthorization(StaffRoles.ApprovePolicy);
        return app;
    }

    public static async Task<Results<Ok<BuyingPowerHistory>, ProblemHttpResult, ValidationProblem>> History(
        string number, ICustomerRepository customers, IRadRepository rad, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (CustomerInputs.Number(number, "number", errors) is not { } account) return Problems.Invalid(errors);
        if (await customers.FindAsync(account, cancellationToken) is not { IsKeyAccount: true })
            return Problems.NotFound("number", $"There is no key account '{number}'.");
        return TypedResults.Ok(await rad.BuyingPowerAsync(account, RadRun.Currency, cancellationToken));
    }

    public static async Task<Results<Ok<BuyingPowerHistory>, ProblemHttpResult, ValidationProblem>> Estimate(
        string number, BuyingPowerInput input, HttpContext http, ICustomerRepository customers, IRadRepository rad, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var account = CustomerInputs.Number(number, "number", errors);
        if (input.Amount is null or < 0) errors["amount"] = [$"The annual buying power in {RadRun.Currency}, 0 or more."];
        if (input.Note is { Length: > 500 }) errors["note"] = ["At most 500 characters."];
        if (errors.Count > 0) return Problems.Invalid(errors);
        if (await customers.FindAsync(account!.Value, cancellationToken) is not { IsKeyAccount: true })
            return Problems.NotFound("number", $"There is no key account '{number}'.");

        var since = input.Since ?? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var history = await rad.BuyingPowerAsync(account.Value, RadRun.Currency, cancellationToken);
        var estimate = new BuyingPowerEstimate(new Money(input.Amount!.Value, RadRun.Currency), since, Actors.Of(http), input.Note);
        try
        {
            history = history.Revise(estimate);
        }
        catch (ArgumentException e)
        {
            return Problems.Invalid(new() { ["since"] = [e.Message] });
        }
        await rad.AddEstimateAsync(account.Value, estimate, cancellationToken);
        return TypedResults.Ok(history);
    }

    /// <summary>The quarter's snapshots, optionally of one class (retention, development, acquisition, unclassified) for the sales desk.</summary>
    public static async Task<Results<Ok<SnapshotView[]>, ValidationProblem>> Snapshots(
        string quarter, string? @class, IRadRepository rad, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (!Quarter.TryParse(quarter, out var q)) errors["quarter"] = [$"'{quarter}' is not a quarter such as 2026Q4."];
        RadClass? only = null;
        if (@class is not null)
        {
            if (Enum.TryParse<RadClass>(@class, ignoreCase: true, out var parsed) && !int.TryParse(@class, out _)) only = parsed;
            else errors["class"] = [$"Use one of {string.Join(", ", Enum.GetNames<RadClass>())}."];
        }
        if (errors.Count > 0) return Problems.Invalid(errors);
        var snapshots = await rad.SnapshotsAsync(q, cancellationToken);
        return TypedResults.Ok(snapshots.Where(s => only is null || s.Class == only).Select(SnapshotView.From).ToArray());
    }

    public static async Task<Results<Ok<SnapshotView[]>, ValidationProblem>> Run(string quarter, RadRun run, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!Quarter.TryParse(quarter, out var q)) return Problems.Invalid(new() { ["quarter"] = [$"'{quarter}' is not a quarter such as 2026Q4."] });
        if (q > Quarter.From(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)))
            return Problems.Invalid(new() { ["quarter"] = [$"{q} has not begun."] });
        return TypedResults.Ok((await run.RunAsync(q, cancellationToken)).Select(SnapshotView.From).ToArray());
    }

    public static async Task<Results<Ok<TransitionsView>, ValidationProblem>> Transitions(
        string? from, string? to, IRadRepository rad, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (!Quarter.TryParse(from, out var earlier)) errors["from"] = ["A quarter such as 2026Q3."];
        if (!Quarter.TryParse(to, out var later)) errors["to"] = ["A quarter such as 2026Q4."];
        if (errors.Count == 0 && earlier >= later) errors["to"] = ["Comes after 'from'."];
        if (errors.Count > 0) return Problems.Invalid(errors);
        var report = RadTransitionReport.Between(await rad.SnapshotsAsync(earlier, cancellationToken), await rad.SnapshotsAsync(later, cancellationToken));
        TransitionView View(RadTransition t) => new(t.Account.Value, t.From, t.To, t.Direction);
        return TypedResults.Ok(new TransitionsView(earlier.ToString(), later.ToString(), [.. report.Slipping.Select(View)], [.. report.Growing.Select(View)],
            [.. report.New.Select(s => s.Account.Value)], [.. report.Vanished.Select(s => s.Account.Value)]));
    }
}
