using System.Net.Http.Headers;
using System.Text;
using Erp.Simulator.Options;
using Microsoft.Extensions.Options;

namespace Erp.Simulator.Sap;

/// <summary>Basic authentication (when configured) and the CSRF token handshake in front of every SAP endpoint.</summary>
public sealed class SapAccessFilter(SapCsrfTokens tokens, IOptions<SimulatorOptions> options) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!IsAuthenticated(http.Request))
        {
            http.Response.Headers.WWWAuthenticate = "Basic realm=\"SAP NetWeaver Application Server\"";
            return SapErrors.Of(StatusCodes.Status401Unauthorized, "SIMULATOR/UNAUTHORIZED", "Logon failed.");
        }

        var session = http.Request.Cookies[SapCsrfTokens.SessionCookie];
        var sentToken = http.Request.Headers[SapCsrfTokens.Header].ToString();
        if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
        {
            if (string.Equals(sentToken, "Fetch", StringComparison.OrdinalIgnoreCase)) HandOut(http, session);
            return await next(context);
        }

        if (tokens.IsValid(sentToken, session)) return await next(context);
        http.Response.Headers[SapCsrfTokens.Header] = "Required";
        return SapErrors.Of(StatusCodes.Status403Forbidden, "SIMULATOR/CSRF_TOKEN_REQUIRED", "CSRF token validation failed");
    }

    private void HandOut(HttpContext http, string? session)
    {
        var issued = tokens.Issue(session);
        http.Response.Headers[SapCsrfTokens.Header] = issued.Token;
        if (issued.Session != session)
            http.Response.Cookies.Append(SapCsrfTokens.SessionCookie, issued.Session, new CookieOptions { HttpOnly = true, Path = "/" });
    }

    private bool IsAuthenticated(HttpRequest request)
    {
        var expected = options.Value;
        if (string.IsNullOrEmpty(expected.SapUser)) return true;
        if (!AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out var header)
            || !string.Equals(header.Scheme, "Basic", StringComparison.OrdinalIgnoreCase) || header.Parameter is null) return false;
        var decoded = new byte[header.Parameter.Length];
        if (!Convert.TryFromBase64String(header.Parameter, decoded, out var length)) return false;
        return Encoding.UTF8.GetString(decoded, 0, length) == $"{expected.SapUser}:{expected.SapPassword}";
    }
}
