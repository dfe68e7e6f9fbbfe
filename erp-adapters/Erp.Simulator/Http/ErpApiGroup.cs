using Erp.Simulator.Faults;

namespace Erp.Simulator.Http;

public static class ErpApiGroup
{
    /// <summary>
    /// A vendor's endpoint group: faults first (a real outage answers before any check), then the vendor's access check.
    /// </summary>
    public static RouteGroupBuilder MapErpApi<TAccessFilter>(this IEndpointRouteBuilder app, string prefix, string tag, VendorErrors errors)
        where TAccessFilter : IEndpointFilter =>
        app.MapGroup(prefix).WithTags(tag)
            .AddEndpointFilter(ActivatorUtilities.CreateInstance<FaultInjectionFilter>(app.ServiceProvider, errors))
            .AddEndpointFilter(ActivatorUtilities.CreateInstance<TAccessFilter>(app.ServiceProvider));
}
