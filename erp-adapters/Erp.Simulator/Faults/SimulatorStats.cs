namespace Erp.Simulator.Faults;

/// <summary>Counts of ERP requests by outcome, for tests and for watching a run.</summary>
public sealed class SimulatorStats
{
    private long _served;
    private long _injected5xx;
    private long _throttled;
    private long _dropped;
    private long _timedOut;
    private long _created;

    public void Served() => Interlocked.Increment(ref _served);
    public void Injected5xx() => Interlocked.Increment(ref _injected5xx);
    public void Throttled() => Interlocked.Increment(ref _throttled);
    public void Dropped() => Interlocked.Increment(ref _dropped);
    public void TimedOut() => Interlocked.Increment(ref _timedOut);
    public void Created() => Interlocked.Increment(ref _created);

    public StatsSnapshot Snapshot() => new(Interlocked.Read(ref _served), Interlocked.Read(ref _injected5xx), Interlocked.Read(ref _throttled),
        Interlocked.Read(ref _dropped), Interlocked.Read(ref _timedOut), Interlocked.Read(ref _created));

    public void Reset()
    {
        Interlocked.Exchange(ref _served, 0);
        Interlocked.Exchange(ref _injected5xx, 0);
        Interlocked.Exchange(ref _throttled, 0);
        Interlocked.Exchange(ref _dropped, 0);
        Interlocked.Exchange(ref _timedOut, 0);
        Interlocked.Exchange(ref _created, 0);
    }
}

/// <summary>
/// Served: requests that reached their handler (a dropped create counts as served and as dropped);
/// Created: orders stored, including those whose answer was dropped.
/// </summary>
public sealed record StatsSnapshot(long Served, long Injected5xx, long Throttled, long Dropped, long TimedOut, long Created);
