using Configurator.Catalog.Loading;
using Configurator.Crm;
using Configurator.Data;
using Configurator.Orders.Routing;
using Configurator.Web.Apis;
using Configurator.Web.Infrastructure;
using Scalar.AspNetCore;

namespace Configurator.Web;

/// <summary>Builds the host: one place, so the tests start exactly what the README's run command starts.</summary>
public static class ConfiguratorApp
{
    public static async Task<WebApplication> CreateAsync(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddConfiguratorCatalog();
        builder.AddConfiguratorData();
        await InProcessErpSimulator.StartIfEnabledAsync(builder);
        builder.AddOrderFlow();
        builder.AddConfiguratorCrm();
        builder.Services.AddHostedService<DemoData>();
        builder.AddPublicApiProtection();
        builder.AddStaffAuthentication();
        builder.Services.AddOpenApi();
        builder.Services.AddHealthChecks()
            .AddLastGoodCheck("product-model", sp => sp.GetRequiredService<ProductModelStore>().Status,
                "No product model is loaded.", model => $"Serving model {model.Version}")
            .AddLastGoodCheck("routing-rules", sp => sp.GetRequiredService<RoutingRulesStore>().Status,
                "No routing rules are loaded.", rules => $"Routing with rules {rules.Version}");
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodeProblems();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapOpenApi();
        app.MapScalarApiReference("/api-docs");
        app.MapHealthChecks("/health");
        app.MapModelApi();
        app.MapFamiliesApi();
        app.MapConfigurationsApi();
        app.MapOrdersApi();
        app.MapCustomersApi();
        app.MapRadApi();
        app.MapPreferencesApi();
        app.MapQuotesApi();
        app.MapCustomerAnalysisApi();
        app.MapSatisfactionApi();
        app.MapErpWebhookApi();

        await app.Services.LoadProductModelAsync();
        await app.Services.LoadRoutingRulesAsync();
        await app.Services.MigrateConfiguratorDatabaseAsync();
        app.Lifetime.ApplicationStarted.Register(() => AnnounceAddresses(app));
        return app;
    }

    private static void AnnounceAddresses(WebApplication app)
    {
        foreach (var url in app.Urls) Console.WriteLine($"Configurator is running on {url} (API page: {url.TrimEnd('/')}/api-docs)");
        // Made up for this run only (Security:GenerateKeysWhenNoneConfigured), so a first try can act on orders.
        foreach (var (role, key) in app.Services.GetRequiredService<GeneratedStaffKeys>().Keys)
            Console.WriteLine($"Staff API key for this run, role {role}: X-Api-Key: {key}");
    }
}
