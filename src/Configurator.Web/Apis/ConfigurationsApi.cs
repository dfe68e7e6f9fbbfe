using Configurator.Catalog.Configurations;
using Configurator.Catalog.Engine;
using Configurator.Catalog.Loading;
using Configurator.Crm;
using Configurator.Crm.Customers;
using Configurator.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Configurator.Web.Apis;

/// <summary>Saved configurations: validated by the engine, stored with the model version they were validated against.</summary>
public static class ConfigurationsApi
{
    public const int MaxNameLength = 200;

    public static IEndpointRouteBuilder MapConfigurationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/configurations").WithTags("Configurations").RequireRateLimiting(ApiProtectionExtensions.PublicPolicy);
        api.MapPost("/", Save);
        api.MapGet("/{id}", Get);
        return app;
    }

    public static async Task<Results<Created<SavedConfigurationView>, ProblemHttpResult, ValidationProblem>> Save(
        SaveConfigurationInput input, ProductModelStore store, ConfigurationEngine engine, IConfigurationRepository repository,
        TimeProvider time, HttpContext http, CancellationToken cancellationToken)
    {
        var model = store.Current;
        var errors = new Dictionary<string, string[]>();
        var customer = input.CustomerNumber is null ? null : CustomerInputs.Number(input.CustomerNumber, "customerNumber", errors);
        if (customer is not null
            && !(await http.RequestServices.GetRequiredService<IAuthorizationService>().AuthorizeAsync(http.User, StaffRoles.AccountsPolicy)).Succeeded)
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Sales only",
                detail: "Saving a configuration for a customer takes a sales key (X-Api-Key); customers have no sign-in yet.",
                extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { ["customerNumber"] = ["Needs the sales-rep or sales-manager role."] } });
        if (input.Name is { Length: > MaxNameLength }) errors["name"] = [$"A name has at most {MaxNameLength} characters."];
        if (string.IsNullOrWhiteSpace(input.FamilyId)) return Problems.Invalid(new() { ["familyId"] = ["A family id is required."] });
        if (!model.TryGetFamily(input.FamilyId, out var family)) return FamiliesApi.UnknownFamily(input.FamilyId);
        if (SelectionValidator.Validate(family, input, time, errors) is not { } request || errors.Count > 0) return Problems.Invalid(errors);

        var result = engine.Configure(model, family, request);
        if (result.Conflicts.Count > 0)
        {
            var conflicts = result.Conflicts.ToDictionary(
                c => $"picks[{Array.IndexOf(input.Picks!, c.OptionId)}]",
                c => c.Reasons.Select(r => r.Message).ToArray());
            return Problems.Unprocessable(conflicts, "Some picks contradict earlier picks; resolve them before saving.");
        }

        var customers = http.RequestServices.GetRequiredService<ICustomerRepository>();
        if (customer is { } number && !await customers.ExistsAsync(number, cancellationToken))
            return Problems.NotFound("customerNumber", $"There is no customer '{number}'.");

        var saved = SavedConfiguration.From(Guid.NewGuid(), model.Version, input.Name, request, result, time.GetUtcNow(), customer?.Value);
        await repository.AddAsync(saved, cancellationToken);
        if (customer is { } owner)
            await CustomerActivity.BestEffortAsync(http.RequestServices, $"Configuration {saved.Id}", owner.Value,
                () => http.RequestServices.GetRequiredService<CustomerActivityRecorder>()
                    .ConfigurationSavedAsync(saved, family.Family, owner, Actors.Of(http), cancellationToken));
        return TypedResults.Created($"/api/configurations/{saved.Id}", SavedConfigurationView.From(saved, model.Version));
    }

    public static async Task<Results<Ok<SavedConfigurationView>, ProblemHttpResult, ValidationProblem>> Get(
        string id, ProductModelStore store, IConfigurationRepository repository, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(id, out var guid)) return Problems.Invalid(new() { ["id"] = [$"'{id}' is not a configuration id (a GUID)."] });
        var saved = await repository.FindAsync(guid, cancellationToken);
        return saved is null
            ? Problems.NotFound("id", $"There is no saved configuration '{id}'.")
            : TypedResults.Ok(SavedConfigurationView.From(saved, store.Current.Version));
    }
}

/// <summary>A saved configuration, and whether the model it was validated against is still the one served.</summary>
public sealed record SavedConfigurationView(SavedConfiguration Configuration, string CurrentModelVersion, bool ValidatedAgainstCurrentModel)
{
    public static SavedConfigurationView From(SavedConfiguration saved, Catalog.Model.ModelVersion current) =>
        new(saved, current.Value, saved.ModelVersion == current);
}
