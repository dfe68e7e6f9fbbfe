namespace Erp.Simulator.Faults;

/// <summary>What the simulator did with the ERP requests it got, by outcome.</summary>
public sealed class SimulatorStats
{
    private long _served, _created, _injected5xx, _throttled, _timedOut, _dropped, _webhooksSent, _webhooksFailed;

    public void Served() => Interlocked.Increment(ref _served);
    public void Created() => Interlocked.Increment(ref _created);
    public void Injected5xx() => Interlocked.Increment(ref _injected5xx);
    public void Throttled() => Interlocked.Increment(ref _throttled);
    public void TimedOut() => Interlocked.Increment(ref _timedOut);
    public void Dropped() => Interlocked.Increment(ref _dropped);
    public void WebhookSent() => Interlocked.Increment(ref _webhooksSent);
    public void WebhookFailed() => Interlocked.Increment(ref _webhooksFailed);

    public StatsSnapshot Snapshot() => new(Interlocked.Read(ref _served), Interlocked.Read(ref _created), Interlocked.Read(ref _injected5xx),
        Interlocked.Read(ref _throttled), Interlocked.Read(ref _timedOut), Interlocked.Read(ref _dropped),
        Interlocked.Read(ref _webhooksSent), Interlocked.Read(ref _webhooksFailed));
}

public sealed record StatsSnapshot(long Served, long Created, long Injected5xx, long Throttled, long TimedOut, long Dropped,
    long WebhooksSent, long WebhooksFailed);
