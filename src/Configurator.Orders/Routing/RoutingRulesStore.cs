using Configurator.Catalog.Loading;

namespace Configurator.Orders.Routing;

/// <summary>
/// Holds the routing rules in use. A reload that fails keeps the last good rules and remembers
/// the errors, so a broken edit to rules/routing never stops orders from being routed.
/// </summary>
public sealed class RoutingRulesStore(string rulesRoot, TimeProvider time)
{
    private readonly SemaphoreSlim _reloading = new(1, 1);
    private volatile RoutingRulesStatus _status = new(null, [], null, null);

    public string RulesRoot { get; } = rulesRoot;

    /// <summary>The rules in use; throws if no rules ever loaded.</summary>
    public RoutingRules Current => _status.Rules ?? throw new InvalidOperationException(
        $"No routing rules are loaded from {RulesRoot}: {string.Join("; ", _status.Errors)}");

    public RoutingRulesStatus Status => _status;

    public async Task<RoutingLoadResult> ReloadAsync(CancellationToken cancellationToken = default)
    {
        await _reloading.WaitAsync(cancellationToken);
        try
        {
            var result = await RoutingRulesLoader.LoadAsync(RulesRoot, cancellationToken);
            var now = time.GetUtcNow();
            _status = result.Rules is { } rules
                ? new RoutingRulesStatus(rules, [], now, null)
                : _status with { Errors = result.Errors, LastFailedAt = now };
            return result;
        }
        finally
        {
            _reloading.Release();
        }
    }
}

/// <summary>The rules in use, when they loaded, and the errors of the latest failed reload (if it came after).</summary>
public sealed record RoutingRulesStatus(RoutingRules? Rules, IReadOnlyList<ModelError> Errors, DateTimeOffset? LoadedAt, DateTimeOffset? LastFailedAt);
