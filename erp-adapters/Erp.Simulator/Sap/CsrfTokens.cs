using System.Collections.Concurrent;
using System.Security.Cryptography;
using Erp.Simulator.Options;

namespace Erp.Simulator.Sap;

/// <summary>SAP Gateway's CSRF protection: a token fetched with "x-csrf-token: Fetch", bound to the session cookie, valid for a while.</summary>
public sealed class CsrfTokens(SimulatorOptions options, TimeProvider time)
{
    public const string SessionCookie = "SAP_SESSIONID_SIM";

    private readonly ConcurrentDictionary<string, (string Token, DateTimeOffset IssuedAt)> _bySession = new();

    /// <summary>A token for the request's session, opening a session when it has none.</summary>
    public (string Session, string Token) Issue(HttpRequest request)
    {
        var session = request.Cookies[SessionCookie] is { Length: > 0 } existing ? existing : NewValue();
        var token = NewValue();
        _bySession[session] = (token, time.GetUtcNow());
        return (session, token);
    }

    public bool IsValid(HttpRequest request) =>
        request.Cookies[SessionCookie] is { } session
        && _bySession.TryGetValue(session, out var issued)
        && issued.Token == request.Headers["x-csrf-token"].ToString()
        && time.GetUtcNow() - issued.IssuedAt < options.CsrfTokenLifetime;

    private static string NewValue() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', '-').Replace('/', '_');
}
