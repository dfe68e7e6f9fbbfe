using Configurator.Catalog.Loading;
using Microsoft.Extensions.Options;

namespace Configurator.Web.Infrastructure;

/// <summary>
/// Reloads the product model when a file under rules/ changes, after a short quiet time.
/// A failed reload is logged with every file and path at fault; the last good model stays.
/// </summary>
internal sealed partial class RulesWatcher(ProductModelStore store, IOptions<CatalogOptions> options, ILogger<RulesWatcher> logger)
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
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Product model {Version} loaded with {FamilyCount} families")]
    private partial void LogReloaded(string version, int familyCount);

    [LoggerMessage(Level = LogLevel.Error, Message = "Product model reload failed with {ErrorCount} errors; still serving the last good model:\n{Errors}")]
    private partial void LogReloadFailed(int errorCount, string errors);
}
