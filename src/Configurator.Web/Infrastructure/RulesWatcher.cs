using Configurator.Catalog.Loading;
using Configurator.Orders.Routing;
using Microsoft.Extensions.Options;

namespace Configurator.Web.Infrastructure;

/// <summary>
/// Reloads the product model and the routing rules when a file under rules/ changes, after a short quiet time.
/// A failed reload is logged with every file and path at fault; the last good model and rules stay.
/// </summary>
internal sealed partial class RulesWatcher(ProductModelStore store, RoutingRulesStore routing, IOptions<CatalogOptions> options, ILogger<RulesWatcher> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.WatchForChanges || !Directory.Exists(store.RulesRoot)) return;
        var changed = new SemaphoreSlim(0);
        using var watcher = new FileSystemWatcher(store.RulesRoot, "*.json") { IncludeSubdirectories = true, EnableRaisingEvents = true };
        FileSystemEventHandler signal = (_, _) => changed.Release();
        watcher.Changed += signal;
        watcher.Created += signal;
        watcher.Deleted += signal;
        watcher.Renamed += (_, _) => changed.Release();

        var delay = TimeSpan.FromMilliseconds(options.Value.ReloadDelayMilliseconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            await changed.WaitAsync(stoppingToken);
            // Wait until the files have been quiet for the whole delay.
            while (await changed.WaitAsync(delay, stoppingToken)) { }
            var result = await store.ReloadAsync(stoppingToken);
            if (result.Model is { } model)
                LogReloaded(model.Version.Value, model.Families.Count);
            else
                LogReloadFailed(result.Errors.Count, string.Join(Environment.NewLine, result.Errors));
            var routed = await routing.ReloadAsync(stoppingToken);
            if (routed.Rules is { } rules)
                LogRoutingReloaded(rules.Version);
            else
                LogRoutingReloadFailed(routed.Errors.Count, string.Join(Environment.NewLine, routed.Errors));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Product model {Version} loaded with {FamilyCount} families")]
    private partial void LogReloaded(string version, int familyCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Routing rules {Version} loaded")]
    private partial void LogRoutingReloaded(string version);

    [LoggerMessage(Level = LogLevel.Error, Message = "Routing rules reload failed with {ErrorCount} errors; still routing with the last good rules:\n{Errors}")]
    private partial void LogRoutingReloadFailed(int errorCount, string errors);

    [LoggerMessage(Level = LogLevel.Error, Message = "Product model reload failed with {ErrorCount} errors; still serving the last good model:\n{Errors}")]
    private partial void LogReloadFailed(int errorCount, string errors);
}
