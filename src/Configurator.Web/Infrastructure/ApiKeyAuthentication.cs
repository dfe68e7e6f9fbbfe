using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Configurator.Web.Infrastructure;

/// <summary>
/// Staff calls carry an API key in X-Api-Key; each configured key names a person or system and its
/// roles. Keys are compared as SHA-256 hashes in fixed time, so a timing attack learns nothing.
/// </summary>
internal sealed class ApiKeyAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    ApiKeyRegistry registry) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string Header = "X-Api-Key";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var given) || given.ToString() is not { Length: > 0 } key)
            return Task.FromResult(AuthenticateResult.NoResult());
        if (registry.Find(key) is not { } caller) return Task.FromResult(AuthenticateResult.Fail("Unknown API key."));

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, caller.Name), .. caller.Roles.Select(r => new Claim(ClaimTypes.Role, r))], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}

/// <summary>The configured keys, by hash.</summary>
internal sealed class ApiKeyRegistry
{
    private readonly (byte[] Hash, SecurityOptions.ApiKey Caller)[] _keys;

    public ApiKeyRegistry(IOptions<SecurityOptions> options) =>
        _keys = [.. options.Value.ApiKeys.Select(k => (Hash(k.Key), k))];

    public SecurityOptions.ApiKey? Find(string key)
    {
        var hash = Hash(key);
        SecurityOptions.ApiKey? found = null;
        // Every key is compared, so the time taken does not say how far the search went.
        foreach (var (candidate, caller) in _keys)
            if (CryptographicOperations.FixedTimeEquals(candidate, hash)) found = caller;
        return found;
    }

    private static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
