using System.Globalization;
using Configurator.Catalog.Model;
using Configurator.Crm;
using Configurator.Crm.Analysis;
using Configurator.Crm.Customers;
using Configurator.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Configurator.Web.Apis;

/// <summary>The CRM formulas for the sales desk: a customer's lifecycle stage and lifetime value, and the period metrics by quarter.</summary>
public static class CustomerAnalysisApi
{
    /// <summary>The longest metrics report: ten years of quarters.</summary>
    public const int MaxQuarters = 40;

    public sealed record LifecycleView(string Customer, string AsOf, LifecycleStage Stage, string? FirstOrder, string? LastOrder,
        decimal EarlierHalfYear, decimal LaterHalfYear, string Currency, string Explanation);

    public sealed record LifetimeValueView(string Customer, string AsOf, IReadOnlyList<string> BasisQuarters, decimal AnnualSales, decimal MarginRate,
        decimal AnnualMargin, decimal Retention, decimal DiscountRate, int? HorizonYears, decimal? Value, string Currency, string? Reason);

    public sealed record MetricsView(string From, string To, IReadOnlyList<PeriodMetrics> Quarters);

    public static IEndpointRouteBuilder MapCustomerAnalysisApi(this IEndpointRouteBuilder app)
    {
        var customer = app.MapGroup("/api/customers/{number}").WithTags("CRM analysis")
            .RequireRateLimiting(ApiProtectionExtensions.PublicPolicy).RequireAuthorization(StaffRoles.AccountsPolicy);
        customer.MapGet("/lifecycle", Lifecycle);
        customer.MapGet("/lifetime-value", LifetimeValue);
        app.MapGet("/api/metrics", Metrics).WithTags("CRM analysis")
            .RequireRateLimiting(ApiProtectionExtensions.PublicPolicy).RequireAuthorization(StaffRoles.AccountsPolicy);
        return app;
    }

    public static async Task<Results<Ok<LifecycleView>, ProblemHttpResult, ValidationProblem>> Lifecycle(
        string number, string? asOf, ICustomerRepository customers, CustomerLifecycle lifecycle, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var parsed = CustomerInputs.Number(number, "number", errors);
        var quarter = QuarterOrCurrent(asOf, "asOf", time, errors);
        if (errors.Count > 0) return Problems.Invalid(errors);
        if (await customers.FindAsync(parsed!.Value, cancellationToken) is not { } found) return CustomersApi.Unknown(number);

        var a = lifecycle.Assess(quarter, SalesByQuarter.Of(found, RadRun.Currency));
        return TypedResults.Ok(new LifecycleView(found.Number.Value, a.AsOf.ToString(), a.Stage, a.FirstOrder?.ToString(), a.LastOrder?.ToString(),
            a.EarlierHalfYear, a.LaterHalfYear, RadRun.Currency, lifecycle.Explain(a)));
    }

    /// <summary>
    /// CLV in years: the margin basis is marginRate × the customer's sales in the four quarters ending with asOf; retention, discount rate
    /// and horizon are per year. What the query leaves out comes from <see cref="LifetimeValueOptions"/>; horizonYears=perpetual sums without end.
    /// </summary>
    public static async Task<Results<Ok<LifetimeValueView>, ProblemHttpResult, ValidationProblem>> LifetimeValue(
        string number, string? asOf, string? marginRate, string? retention, string? discountRate, string? horizonYears,
        ICustomerRepository customers, IOptions<LifetimeValueOptions> options, TimeProvider time, CancellationToken cancellationToken)
    {
        var defaults = options.Value;
        var errors = new Dictionary<string, string[]>();
        var parsed = CustomerInputs.Number(number, "number", errors);
        var quarter = QuarterOrCurrent(asOf, "asOf", time, errors);
        var margin = DecimalOr(marginRate, "marginRate", defaults.MarginRate, errors);
        if (margin is < -1m or > 1m) errors["marginRate"] = ["A share of sales from -1 to 1 (0.3 = 30 %)."];
        var r = DecimalOr(retention, "retention", defaults.Retention, errors);
        var d = DecimalOr(discountRate, "discountRate", defaults.DiscountRate, errors);
        var horizon = defaults.HorizonYears;
        if (string.Equals(horizonYears, "perpetual", StringComparison.OrdinalIgnoreCase)) horizon = null;
        else if (horizonYears is not null)
        {
            if (int.TryParse(horizonYears, NumberStyles.None, CultureInfo.InvariantCulture, out var years)) horizon = years;
            else errors["horizonYears"] = ["A whole number of years, or perpetual."];
        }
        if (errors.Count > 0) return Problems.Invalid(errors);
        if (await customers.FindAsync(parsed!.Value, cancellationToken) is not { } found) return CustomersApi.Unknown(number);

        var basis = quarter.LastFour;
        var sales = SalesByQuarter.Of(found, RadRun.Currency).Where(s => basis.Contains(s.Quarter)).Sum(s => s.Amount.Amount);
        var annualMargin = new Money(sales * margin, RadRun.Currency);
        LifetimeValue value;
        try
        {
            var assumptions = new ClvAssumptions(annualMargin, r, d);
            value = horizon is { } periods ? CustomerLifetimeValue.OverHorizon(assumptions, periods) : CustomerLifetimeValue.Perpetual(assumptions);
        }
        catch (ArgumentException e)
        {
            return Problems.Invalid(new() { [QueryNameOf(e.ParamName)] = [e.Message] });
        }
        return TypedResults.Ok(new LifetimeValueView(found.Number.Value, quarter.ToString(), [.. basis.Select(q => q.ToString())], sales, margin,
            annualMargin.Amount, r, d, horizon, value.Value?.Amount, RadRun.Currency, value.Reason));
    }

    /// <summary>The period metrics for each quarter from..to (default: the four quarters ending with the current one).</summary>
    public static async Task<Results<Ok<MetricsView>, ValidationProblem>> Metrics(
        string? from, string? to, ICustomerRepository customers, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var last = QuarterOrCurrent(to, "to", time, errors);
        var first = from is null ? last.Window(4)[0] : QuarterOrCurrent(from, "from", time, errors);
        if (first.Year < 1900) errors["from"] = ["A quarter from 1900Q1 on."];
        if (errors.Count == 0 && first > last) errors["to"] = ["Comes on or after 'from'."];
        else if (errors.Count == 0 && Span(first, last) > MaxQuarters)
            errors["to"] = [$"At most {MaxQuarters} quarters from 'from'."];
        if (errors.Count > 0) return Problems.Invalid(errors);

        // Orders before the quarter preceding 'from' only decide who is new, so only those are read from the older history.
        var history = await customers.InteractionsAsync(null, first.Previous.StartUtc, [InteractionKind.OrderPlaced], cancellationToken);
        var recent = await customers.InteractionsAsync(first.Previous.StartUtc, last.Next.StartUtc, QuarterlyMetrics.Kinds, cancellationToken);
        return TypedResults.Ok(new MetricsView(first.ToString(), last.ToString(), QuarterlyMetrics.For(first, last, [.. history, .. recent])));
    }

    private static int Span(Quarter first, Quarter last) => (last.Year - first.Year) * 4 + last.Number - first.Number + 1;

    /// <summary>A quarter such as 2026Q4 that has begun; the current quarter when the query leaves it out.</summary>
    private static Quarter QuarterOrCurrent(string? text, string field, TimeProvider time, Dictionary<string, string[]> errors)
    {
        var current = Quarter.At(time.GetUtcNow());
        if (text is null) return current;
        if (!Quarter.TryParse(text, out var quarter))
        {
            errors[field] = [$"'{text}' is not a quarter such as {current}."];
            return current;
        }
        if (quarter > current) errors[field] = [$"{quarter} has not begun."];
        return quarter;
    }

    private static decimal DecimalOr(string? text, string field, decimal fallback, Dictionary<string, string[]> errors)
    {
        if (text is null) return fallback;
        if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)) return value;
        errors[field] = [$"'{text}' is not a number such as 0.25."];
        return fallback;
    }

    /// <summary>The domain names its arguments; the query names them as the caller wrote them.</summary>
    private static string QueryNameOf(string? parameter) => parameter switch
    {
        "retentionProbability" => "retention",
        "discountRate" => "discountRate",
        "periods" => "horizonYears",
        _ => parameter ?? "query",
    };
}
