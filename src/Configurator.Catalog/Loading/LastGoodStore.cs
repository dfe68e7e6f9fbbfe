namespace Configurator.Catalog.Loading;

/// <summary>
/// Holds what was last loaded well from the rules folder. A reload that fails keeps the last good
/// value and remembers the errors, so a broken edit under rules/ never takes away what is in use.
/// </summary>
/// <param name="nothingLoaded">Starts the message of <see cref="Current"/> when nothing ever loaded, e.g. "No product model is loaded".</param>
/// <param name="load">Loads from the rules folder; expected failures come back as errors, not exceptions.</param>
/// <param name="outcome">Picks the loaded value (null when the load failed) and the errors out of a load result.</param>
public abstract class LastGoodStore<T, TLoadResult>(
    string rulesRoot,
    string nothingLoaded,
    Func<string, CancellationToken, Task<TLoadResult>> load,
    Func<TLoadResult, (T? Value, IReadOnlyList<ModelError> Errors)> outcome,
    TimeProvider time)
    where T : class
{
    // One reload at a time, so a slower earlier load never overwrites a later one.
    private readonly SemaphoreSlim _reloading = new(1, 1);
    private volatile LastGoodStatus<T> _status = LastGoodStatus<T>.NothingLoaded;

    public string RulesRoot { get; } = rulesRoot;

    /// <summary>The value in use; throws if nothing ever loaded.</summary>
    public T Current => _status.Value ?? throw new InvalidOperationException(
        $"{nothingLoaded} from {RulesRoot}: {string.Join("; ", _status.Errors)}");

    public LastGoodStatus<T> Status => _status;

    public async Task<TLoadResult> ReloadAsync(CancellationToken cancellationToken = default)
    {
        await _reloading.WaitAsync(cancellationToken);
        try
        {
            var result = await load(RulesRoot, cancellationToken);
            var (value, errors) = outcome(result);
            var now = time.GetUtcNow();
            _status = value is not null
                ? new LastGoodStatus<T>(value, [], now, null)
                : _status with { Errors = errors, LastFailedAt = now };
            return result;
        }
        finally
        {
            _reloading.Release();
        }
    }
}

/// <summary>
/// The value in use and when it loaded, with the errors of the latest reload and when it failed.
/// A good load clears both, so errors here mean the value in use is older than the files.
/// </summary>
public sealed record LastGoodStatus<T>(T? Value, IReadOnlyList<ModelError> Errors, DateTimeOffset? LoadedAt, DateTimeOffset? LastFailedAt)
    where T : class
{
    public static LastGoodStatus<T> NothingLoaded { get; } = new(null, [], null, null);
}
