namespace Erp.SapS4;

/// <summary>A CSRF token and the session cookie it is bound to: SAP accepts the token only with that session.</summary>
public sealed record SapCsrfSession(string Token, string? Cookie)
{
    /// <summary>
    /// The <c>Cookie</c> header that replays the <c>Set-Cookie</c> values of the token answer. We keep cookies ourselves
    /// because the client factory rotates handlers, and a handler's cookie container would go with it.
    /// </summary>
    public static string? CookieHeaderFrom(IEnumerable<string> setCookieValues)
    {
        var pairs = setCookieValues.Select(value => value.Split(';', 2)[0].Trim()).Where(pair => pair.Contains('=')).ToList();
        return pairs.Count == 0 ? null : string.Join("; ", pairs);
    }
}
