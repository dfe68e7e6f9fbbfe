using Erp.Simulator.Faults;
using Erp.Simulator.Options;
using Erp.Simulator.Progress;
using Erp.Simulator.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Erp.Simulator.Admin;

/// <summary>What a test or an operator needs around the fake ERP: its orders, its counters, its faults. Never faulted.</summary>
public static class SimulatorAdminApi
{
    public static IEndpointRouteBuilder MapSimulatorAdminApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/simulator").WithTags("Simulator");
        api.MapGet("/orders", ListOrders);
        api.MapDelete("/orders", Reset);
        api.MapGet("/stats", GetStats);
        api.MapGet("/faults", GetFaults);
        api.MapPut("/faults", ReplaceFaults);
        return app;
    }

    public static Ok<OrderSummary[]> ListOrders(OrderLifecycle lifecycle, IOrderStore store)
    {
        lifecycle.AdvanceAll();
        return TypedResults.Ok(store.All().Select(OrderSummary.From).ToArray());
    }

    /// <summary>Forgets every order and zeroes the counters, so a run starts clean.</summary>
    public static NoContent Reset(IOrderStore store, SimulatorStats stats)
    {
        store.Clear();
        stats.Reset();
        return TypedResults.NoContent();
    }

    public static Ok<StatsSnapshot> GetStats(SimulatorStats stats) => TypedResults.Ok(stats.Snapshot());

    public static Ok<FaultOptions> GetFaults(FaultSettings faults) => TypedResults.Ok(faults.Current);

    public static Results<Ok<FaultOptions>, ValidationProblem> ReplaceFaults(FaultOptions faults, FaultSettings settings)
    {
        var errors = SimulatorOptionsValidator.Errors(faults);
        if (errors.Count > 0) return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["faults"] = errors.ToArray() });
        settings.Replace(faults);
        return TypedResults.Ok(settings.Current);
    }
}
