using Configurator.Catalog.Model;

namespace Configurator.Catalog.Loading;

/// <summary>
/// Holds the model being served. A reload that fails keeps the last good model and
/// remembers the errors, so a broken edit to rules/ never takes the configurator down.
/// </summary>
public sealed class ProductModelStore(string rulesRoot, TimeProvider time)
{
    private readonly SemaphoreSlim _reloading = new(1, 1);
    private volatile ModelStatus _status = new(null, [], null, null);

    public string RulesRoot { get; } = rulesRoot;

    /// <summary>The model being served; throws if no model ever loaded.</summary>
    public ProductModel Current => _status.Model ?? throw new InvalidOperationException(
        $"No product model is loaded from {RulesRoot}: {string.Join("; ", _status.Errors)}");

    public ModelStatus Status => _status;

    public async Task<ModelLoadResult> ReloadAsync(CancellationToken cancellationToken = default)
    {
        await _reloading.WaitAsync(cancellationToken);
        try
        {
            var result = await ModelLoader.LoadAsync(RulesRoot, cancellationToken);
            var now = time.GetUtcNow();
            var previous = _status;
            _status = result.Model is { } model
                ? new ModelStatus(model, [], now, null)
                : previous with { Errors = result.Errors, LastFailedAt = now };
            return result;
        }
        finally
        {
            _reloading.Release();
        }
    }
}

/// <summary>The served model, when it loaded, and the errors of the latest failed reload (if it came after).</summary>
public sealed record ModelStatus(ProductModel? Model, IReadOnlyList<ModelError> Errors, DateTimeOffset? LoadedAt, DateTimeOffset? LastFailedAt);
