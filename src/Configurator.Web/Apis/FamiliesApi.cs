using Configurator.Catalog.Engine;
using Configurator.Catalog.Loading;
using Configurator.Catalog.Model;
using Configurator.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Configurator.Web.Apis;

/// <summary>Product families and the configuration engine: guidance, completion, conflict resolution.</summary>
public static class FamiliesApi
{
    public static IEndpointRouteBuilder MapFamiliesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/families").WithTags("Families").RequireRateLimiting(ApiProtectionExtensions.PublicPolicy);
        api.MapGet("/", ListFamilies);
        api.MapGet("/{familyId}", GetFamily);
        api.MapPost("/{familyId}/configure", Configure);
        api.MapPost("/{familyId}/complete", Complete);
        api.MapPost("/{familyId}/resolve", Resolve);
        return app;
    }

    public static Ok<FamilySummary[]> ListFamilies(ProductModelStore store) =>
        TypedResults.Ok(store.Current.Families.Select(c => new FamilySummary(c.Family.Id, c.Family.Name, c.Family.Description,
            c.Family.BasePrice, c.Family.Groups.Count, c.Family.Options.Count)).ToArray());

    public static Results<Ok<FamilyView>, ProblemHttpResult> GetFamily(string familyId, ProductModelStore store)
    {
        var model = store.Current;
        return model.TryGetFamily(familyId, out var family)
            ? TypedResults.Ok(FamilyView.From(model.Version, family))
            : UnknownFamily(familyId);
    }

    public static Results<Ok<EngineAnswer<ConfigurationResult>>, ProblemHttpResult, ValidationProblem> Configure(
        string familyId, SelectionInput input, ProductModelStore store, ConfigurationEngine engine, TimeProvider time)
    {
        var model = store.Current;
        if (!model.TryGetFamily(familyId, out var family)) return UnknownFamily(familyId);
        var errors = new Dictionary<string, string[]>();
        if (SelectionValidator.Validate(family, input, time, errors) is not { } request) return Problems.Invalid(errors);
        return TypedResults.Ok(new EngineAnswer<ConfigurationResult>(model.Version.Value, engine.Configure(model, family, request)));
    }

    public static Results<Ok<EngineAnswer<CompletionResult>>, ProblemHttpResult, ValidationProblem> Complete(
        string familyId, CompletionInput input, ProductModelStore store, CompletionFinder finder, TimeProvider time)
    {
        var model = store.Current;
        if (!model.TryGetFamily(familyId, out var family)) return UnknownFamily(familyId);
        var errors = new Dictionary<string, string[]>();
        if (SelectionValidator.Validate(family, input, time, errors) is not { } request) return Problems.Invalid(errors);
        var result = finder.Complete(family, request, input.Objective ?? CompletionObjective.Cheapest);
        return TypedResults.Ok(new EngineAnswer<CompletionResult>(model.Version.Value, result));
    }

    public static Results<Ok<EngineAnswer<ResolutionResult>>, ProblemHttpResult, ValidationProblem> Resolve(
        string familyId, ResolutionInput input, ProductModelStore store, ConflictResolver resolver, TimeProvider time)
    {
        var model = store.Current;
        if (!model.TryGetFamily(familyId, out var family)) return UnknownFamily(familyId);
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(input.Target)) errors["target"] = ["The option to make possible is required."];
        else if (!family.Family.TryGetOption(input.Target, out _)) errors["target"] = [$"Family '{familyId}' has no option '{input.Target}'."];
        if (SelectionValidator.Validate(family, input, time, errors) is not { } request || errors.Count > 0) return Problems.Invalid(errors);
        return TypedResults.Ok(new EngineAnswer<ResolutionResult>(model.Version.Value, resolver.Resolve(family, request, input.Target!)));
    }

    internal static ProblemHttpResult UnknownFamily(string familyId) =>
        Problems.NotFound("familyId", $"There is no product family '{familyId}'.");
}
