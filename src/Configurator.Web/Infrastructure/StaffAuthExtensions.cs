using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Configurator.Web.Infrastructure;

public static class StaffAuthExtensions
{
    /// <summary>API keys for staff and one policy per kind of action; the public configurator endpoints stay anonymous.</summary>
    public static IHostApplicationBuilder AddStaffAuthentication(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(SecurityOptions.Section);
        var options = section.Get<SecurityOptions>() ?? new SecurityOptions();
        var generated = new GeneratedStaffKeys([]);
        if (options.ApiKeys.Count == 0 && options.GenerateKeysWhenNoneConfigured)
        {
            generated = new GeneratedStaffKeys([(StaffRoles.SalesManager, NewKey()), (StaffRoles.Operations, NewKey()), (StaffRoles.SalesRep, NewKey())]);
            builder.Configuration.AddInMemoryCollection(generated.Keys.SelectMany((k, i) => new Dictionary<string, string?>
            {
                [$"{SecurityOptions.Section}:ApiKeys:{i}:Key"] = k.Key,
                [$"{SecurityOptions.Section}:ApiKeys:{i}:Name"] = $"demo-{k.Role}",
                [$"{SecurityOptions.Section}:ApiKeys:{i}:Roles:0"] = k.Role,
            }));
        }
        builder.Services.AddSingleton(generated);
        builder.Services.AddOptions<SecurityOptions>().Bind(section)
            .Validate(o => o.ApiKeys.All(k => IsComplete(k)), "Every Security:ApiKeys entry needs a Key of 24+ characters, a Name and a role.")
            .ValidateOnStart();
        builder.Services.AddSingleton<ApiKeyRegistry>();
        builder.Services.AddAuthentication(ApiKeyAuthentication.SchemeName)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(StaffRoles.ApprovePolicy, p => p.RequireRole(StaffRoles.SalesManager))
            .AddPolicy(StaffRoles.OperatePolicy, p => p.RequireRole(StaffRoles.Operations))
            .AddPolicy(StaffRoles.CancelPolicy, p => p.RequireRole(StaffRoles.Operations, StaffRoles.SalesManager))
            .AddPolicy(StaffRoles.ReadAllPolicy, p => p.RequireRole(StaffRoles.Operations, StaffRoles.SalesManager))
            .AddPolicy(StaffRoles.AccountsPolicy, p => p.RequireRole(StaffRoles.SalesRep, StaffRoles.SalesManager));
        return builder;
    }

    private static bool IsComplete(SecurityOptions.ApiKey key) =>
        key.Key.Length >= 24 && !string.IsNullOrWhiteSpace(key.Name) && key.Roles.Count > 0;

    private static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');
}

/// <summary>Keys made up for this run (empty unless generated), printed once at start.</summary>
public sealed record GeneratedStaffKeys(IReadOnlyList<(string Role, string Key)> Keys);
