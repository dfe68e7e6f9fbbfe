using System.Collections.Concurrent;
using Erp.Simulator.Options;
using Microsoft.Extensions.Options;

namespace Erp.Simulator.Sap;

/// <summary>
/// SAP Gateway's CSRF protection: a token is fetched with a GET and belongs to the session cookie issued with it;
/// modifying calls need both, and the token expires after CsrfTokenLifetime on the injected clock.
/// </summary>
public sealed class SapCsrfTokens(TimeProvider time, IOptions<SimulatorOptions> options)
{
    public const string Header = "x-csrf-token";
    public const string SessionCookie = "SAP_SESSIONID_SIM_100";
    private const int MaxTokens = 10_000;
    private readonly ConcurrentDictionary<string, IssuedToken> _tokens = new();

    /// <summary>A fresh token for the session (a new session when <paramref name="session"/> is null).</summary>
    public IssuedToken Issue(string? session)
    {
        var issued = new IssuedToken(Convert.ToBase64String(Guid.NewGuid().ToByteArray()), session ?? Guid.NewGuid().ToString("N"), time.GetUtcNow());
        _tokens[issued.Token] = issued;
        // Clients that fetch a token per call would otherwise grow the table for as long as the simulator runs.
        if (_tokens.Count > MaxTokens) Forget(expiredBefore: issued.IssuedAt - options.Value.CsrfTokenLifetime);
        return issued;
    }

    public bool IsValid(string? token, string? session) =>
        token is not null && session is not null && _tokens.TryGetValue(token, out var issued)
        && issued.Session == session && time.GetUtcNow() - issued.IssuedAt < options.Value.CsrfTokenLifetime;

    private void Forget(DateTimeOffset expiredBefore)
    {
        foreach (var (token, issued) in _tokens)
            if (issued.IssuedAt < expiredBefore) _tokens.TryRemove(token, out _);
    }
}

public sealed record IssuedToken(string Token, string Session, DateTimeOffset IssuedAt);
