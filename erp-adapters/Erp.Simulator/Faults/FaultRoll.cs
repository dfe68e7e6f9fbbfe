namespace Erp.Simulator.Faults;

public enum FaultKind
{
    None,
    InternalServerError,
    ServiceUnavailable,
    Throttle,
    Timeout,
    DropAfterCommit,
}

/// <summary>What one request suffers: a fault (or none), the added latency, and how long a timeout hangs.</summary>
public sealed record FaultRoll(FaultKind Kind, TimeSpan Latency, TimeSpan TimeoutDelay);
