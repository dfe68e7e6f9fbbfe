using Configurator.Catalog.Engine;
using Configurator.Catalog.Loading;
using Configurator.Catalog.Pricing;
using Microsoft.Extensions.Options;

namespace Configurator.Web.Infrastructure;

public static class CatalogExtensions
{
    /// <summary>The product model store, the engine and its companions, and the rules/ watcher.</summary>
    public static IHostApplicationBuilder AddConfiguratorCatalog(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<CatalogOptions>().Bind(builder.Configuration.GetSection(CatalogOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<CatalogOptions>>().Value;
            var root = Path.GetFullPath(options.RulesPath, builder.Environment.ContentRootPath);
            return new ProductModelStore(root, sp.GetRequiredService<TimeProvider>());
        });
        builder.Services.AddSingleton<IPriceCalculator>(ListPriceCalculator.Instance);
        builder.Services.AddSingleton<ConfigurationEngine>();
        builder.Services.AddSingleton<CompletionFinder>();
        builder.Services.AddSingleton<ConflictResolver>();
        builder.Services.AddHostedService<RulesWatcher>();
        return builder;
    }

    /// <summary>The first load: without a model there is nothing to serve, so a broken one stops the start.</summary>
    public static async Task LoadProductModelAsync(this IServiceProvider services)
    {
        var store = services.GetRequiredService<ProductModelStore>();
        var result = await store.ReloadAsync();
        if (result.Succeeded) return;
        throw new InvalidOperationException(
            $"The product model in {store.RulesRoot} does not load:{Environment.NewLine}{string.Join(Environment.NewLine, result.Errors)}");
    }
}
