using Configurator.Catalog.Loading;
using Configurator.Catalog.Model;
using Configurator.Crm;
using Configurator.Crm.Customers;
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

    /// <summary>An option the customer picked or removed while configuring with sales (kind <c>picked</c> or <c>removed</c>).</summary>
    public sealed record ConfigurationEventInput(string? FamilyId, string? OptionId, PreferenceEventKind? Kind);

    public static IEndpointRouteBuilder MapPreferencesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/customers/{number}").WithTags("Preferences")
            .RequireRateLimiting(ApiProtectionExtensions.PublicPolicy).RequireAuthorization(StaffRoles.AccountsPolicy);
        api.MapGet("/profile", Profile);
        api.MapGet("/usual/{familyId}", Usual);
        api.MapGet("/recommendations/{familyId}", Recommend);
        api.MapPost("/configuration-events", RecordConfigurationEvent);
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
        string number, string familyId, string? region, string? segment, IPreferenceEventStore events, CrossSellCache crossSells,
        ProductModelStore models, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var context = Context(region, segment, time, errors);
        if (CustomerInputs.Number(number, "number", errors) is not { } customer || context is null) return Problems.Invalid(errors);
        if (!models.Current.TryGetFamily(familyId, out var family)) return FamiliesApi.UnknownFamily(familyId);
        var profile = ProfileBuilder.Build(customer, await events.ForCustomerAsync(customer, cancellationToken), time.GetUtcNow());
        return TypedResults.Ok(new Recommendations(UpSell.For(profile, family.Family, context),
            CrossSell.For(profile, family.Family, await crossSells.ForFamilyAsync(familyId, events, cancellationToken))));
    }

    /// <summary>Records a pick or a removal as it happens; saves, quotes and orders are recorded by those actions themselves.</summary>
    public static async Task<Results<NoContent, ProblemHttpResult, ValidationProblem>> RecordConfigurationEvent(
        string number, ConfigurationEventInput input, IPreferenceEventStore events, ICustomerRepository customers, ProductModelStore models,
        TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var customer = CustomerInputs.Number(number, "number", errors);
        if (input.Kind is not (PreferenceEventKind.Picked or PreferenceEventKind.Removed))
            errors["kind"] = ["Use picked or removed; saves, quotes and orders are recorded when they happen."];
        if (string.IsNullOrWhiteSpace(input.FamilyId)) errors["familyId"] = ["A family id is required."];
        if (string.IsNullOrWhiteSpace(input.OptionId)) errors["optionId"] = ["An option id is required."];
        if (errors.Count > 0) return Problems.Invalid(errors);
        if (!models.Current.TryGetFamily(input.FamilyId!, out var family)) return FamiliesApi.UnknownFamily(input.FamilyId!);
        if (!family.Family.TryGetOption(input.OptionId!, out var option))
            return Problems.Invalid(new() { ["optionId"] = [$"Family '{input.FamilyId}' has no option '{input.OptionId}'."] });
        if (!await customers.ExistsAsync(customer!.Value, cancellationToken)) return Problems.NotFound("number", $"There is no customer '{number}'.");
        await events.AppendAsync([new PreferenceEvent(customer.Value, family.Family.Id, option.Id, option.GroupId, input.Kind!.Value, time.GetUtcNow())],
            cancellationToken);
        return TypedResults.NoContent();
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
