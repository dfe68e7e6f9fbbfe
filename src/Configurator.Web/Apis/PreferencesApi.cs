using Configurator.Catalog.Loading;
using Configurator.Catalog.Model;
using Configurator.Crm;
using Configurator.Crm.Preferences;
using Configurator.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Configurator.Web.Apis;

/// <summary>
/// What a customer's choices say and what the configurator makes of them: the profile, "start from
/// my usual" (repaired against the model served now, with reasons), and up- and cross-sell suggestions.
/// </summary>
public static class PreferencesApi
{
    public sealed record Recommendations(IReadOnlyList<Recommendation> UpSell, IReadOnlyList<Recommendation> CrossSell);

    public static IEndpointRouteBuilder MapPreferencesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/customers/{number}").WithTags("Preferences")
            .RequireRateLimiting(ApiProtectionExtensions.PublicPolicy).RequireAuthorization(StaffRoles.AccountsPolicy);
        api.MapGet("/profile", Profile);
        api.MapGet("/usual/{familyId}", Usual);
        api.MapGet("/recommendations/{familyId}", Recommend);
        return app;
    }

    public static async Task<Results<Ok<CustomerProfile>, ValidationProblem>> Profile(
        string number, IPreferenceEventStore events, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (CustomerInputs.Number(number, "number", errors) is not { } customer) return Problems.Invalid(errors);
        return TypedResults.Ok(ProfileBuilder.Build(customer, await events.ForCustomerAsync(customer, cancellationToken), time.GetUtcNow()));
    }

    public static async Task<Results<Ok<UsualConfiguration>, ProblemHttpResult, ValidationProblem>> Usual(
        string number, string familyId, string? region, string? segment, IPreferenceEventStore events, ProductModelStore models,
        UsualConfigurationBuilder usual, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var context = Context(region, segment, time, errors);
        if (CustomerInputs.Number(number, "number", errors) is not { } customer || context is null) return Problems.Invalid(errors);
        var model = models.Current;
        if (!model.TryGetFamily(familyId, out _)) return FamiliesApi.UnknownFamily(familyId);
        var profile = ProfileBuilder.Build(customer, await events.ForCustomerAsync(customer, cancellationToken), time.GetUtcNow());
        return TypedResults.Ok(usual.Build(model, profile, familyId, context));
    }

    public static async Task<Results<Ok<Recommendations>, ProblemHttpResult, ValidationProblem>> Recommend(
        string number, string familyId, string? region, string? segment, IPreferenceEventStore events, ProductModelStore models,
        TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var context = Context(region, segment, time, errors);
        if (CustomerInputs.Number(number, "number", errors) is not { } customer || context is null) return Problems.Invalid(errors);
        if (!models.Current.TryGetFamily(familyId, out var family)) return FamiliesApi.UnknownFamily(familyId);
        var profile = ProfileBuilder.Build(customer, await events.ForCustomerAsync(customer, cancellationToken), time.GetUtcNow());
        return TypedResults.Ok(new Recommendations(UpSell.For(profile, family.Family, context),
            CrossSell.For(profile, family.Family, await events.OrderedConfigurationsAsync(familyId, cancellationToken))));
    }

    private static SelectionContext? Context(string? region, string? segment, TimeProvider time, Dictionary<string, string[]> errors)
    {
        region ??= "NA";
        segment ??= "smallBusiness";
        if (!SelectionContext.Regions.Contains(region)) errors["region"] = [$"Use one of {string.Join(", ", SelectionContext.Regions)}."];
        if (!SelectionContext.Segments.Contains(segment)) errors["segment"] = [$"Use one of {string.Join(", ", SelectionContext.Segments)}."];
        return errors.Count > 0 ? null : new SelectionContext(region, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), 1, segment);
    }
}
