namespace Erp.SapS4;

/// <summary>
/// One CSRF session shared by all calls: fetched on first need, dropped when SAP says it expired.
/// Concurrent callers wait for a single fetch instead of each fetching their own.
/// </summary>
public sealed class SapCsrfSessionCache
{
    readonly SemaphoreSlim _fetching = new(1, 1);
    SapCsrfSession? _current;

    public async Task<SapCsrfSession> GetAsync(Func<CancellationToken, Task<SapCsrfSession>> fetch, CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _current) is { } cached) return cached;
        await _fetching.WaitAsync(cancellationToken);
        try
        {
            if (Volatile.Read(ref _current) is { } fetchedMeanwhile) return fetchedMeanwhile;
            var session = await fetch(cancellationToken);
            Volatile.Write(ref _current, session);
            return session;
        }
        finally
        {
            _fetching.Release();
        }
    }

    /// <summary>Drops <paramref name="stale"/> only if it is still current, so a fresh session fetched meanwhile survives.</summary>
    public void Forget(SapCsrfSession stale) => Interlocked.CompareExchange(ref _current, null, stale);
}
