using Erp.Simulator.Faults;
using Erp.Simulator.Options;
using Erp.Simulator.Storage;

namespace Erp.Simulator.Admin;

/// <summary>What a test or an operator needs from the simulator: every stored order, request counts, and the fault settings.</summary>
public static class SimulatorAdminApi
{
    public sealed record OrderRow(string System, string Company, string ExternalReference, string ErpOrderNumber, string Status, int LineCount,
        DateTimeOffset CreatedAt);

    public static IEndpointRouteBuilder MapSimulatorAdminApi(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/simulator");
        admin.MapGet("/orders", (IOrderStore store) =>
            store.All().Select(o => new OrderRow(o.System.WireName(), o.Company, o.ExternalReference, o.ErpOrderNumber, o.Status.ToString(),
                o.LineCount, o.CreatedAt)));
        admin.MapDelete("/orders", (IOrderStore store) =>
        {
            store.Clear();
            return Results.NoContent();
        });
        admin.MapGet("/stats", (SimulatorStats stats) => stats.Snapshot());
        admin.MapGet("/faults", (FaultInjector faults) => faults.Current);
        admin.MapPut("/faults", (FaultOptions faults, FaultInjector injector) =>
        {
            var errors = SimulatorOptionsValidator.Errors(faults);
            if (errors.Count > 0) return Results.ValidationProblem(new Dictionary<string, string[]> { ["faults"] = [.. errors] });
            injector.Current = faults;
            return Results.Ok(faults);
        });
        app.MapGet("/health", () => Results.Ok(new { status = "Healthy" }));
        return app;
    }
}
