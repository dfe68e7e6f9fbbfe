using Configurator.Catalog.Loading;
using Configurator.Orders.Routing;
using Configurator.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Configurator.Web.Apis;

public sealed record FamilyCompilation(string Id, int Options, int Constraints, int DiagramNodes);

public sealed record ModelStatusView(string? Version, DateTimeOffset? LoadedAt, IEnumerable<FamilyCompilation> Families,
    IEnumerable<ModelError> Errors, DateTimeOffset? LastFailedAt, RoutingStatusView Routing);

public sealed record RoutingStatusView(string? Version, DateTimeOffset? LoadedAt, IEnumerable<ModelError> Errors, DateTimeOffset? LastFailedAt);

/// <summary>Which product model and routing rules are served, and what was wrong with the latest reload if it failed.</summary>
public static class ModelApi
{
    public static IEndpointRouteBuilder MapModelApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/model", GetStatus).WithTags("Model").RequireRateLimiting(ApiProtectionExtensions.PublicPolicy);
        return app;
    }

    public static Ok<ModelStatusView> GetStatus(ProductModelStore store, RoutingRulesStore routing)
    {
        var s = store.Status;
        var r = routing.Status;
        var families = s.Value?.Families.Select(f => new FamilyCompilation(f.Family.Id, f.Family.Options.Count, f.Family.Constraints.Count, f.DiagramSize)) ?? [];
        return TypedResults.Ok(new ModelStatusView(s.Value?.Version.Value, s.LoadedAt, families, s.Errors, s.LastFailedAt,
            new RoutingStatusView(r.Value?.Version, r.LoadedAt, r.Errors, r.LastFailedAt)));
    }
}
