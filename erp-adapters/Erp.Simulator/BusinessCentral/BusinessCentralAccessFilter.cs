using Erp.Simulator.Options;
using Microsoft.Extensions.Options;

namespace Erp.Simulator.BusinessCentral;

/// <summary>The bearer token check, only when a token is configured.</summary>
public sealed class BusinessCentralAccessFilter(IOptions<SimulatorOptions> options) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var token = options.Value.BusinessCentralToken;
        if (string.IsNullOrEmpty(token) || context.HttpContext.Request.Headers.Authorization.ToString() == $"Bearer {token}")
            return await next(context);
        context.HttpContext.Response.Headers.WWWAuthenticate = "Bearer";
        return BusinessCentralErrors.Of(StatusCodes.Status401Unauthorized, "Authentication_InvalidCredentials",
            "The server has rejected the client credentials.");
    }
}
