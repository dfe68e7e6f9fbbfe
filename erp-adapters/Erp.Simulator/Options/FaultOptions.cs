using System.ComponentModel.DataAnnotations;

namespace Erp.Simulator.Options;

/// <summary>
/// Faults injected into the ERP endpoints (not the admin ones); section "Simulator:Faults", replaceable at run time
/// through PUT /simulator/faults. Rates are fractions of requests, each rolled independently, in this order:
/// server error, throttle, timeout, then (creates only) drop after commit.
/// </summary>
public sealed record FaultOptions
{
    /// <summary>Delay added to every ERP request, in milliseconds; 0 by default.</summary>
    [Range(0, 600_000)]
    public int LatencyMs { get; init; }

    /// <summary>Fraction answered 500 or 503 before anything is done; 0 by default.</summary>
    [Range(0.0, 1.0)]
    public double ServerErrorRate { get; init; }

    /// <summary>Fraction answered 429 with Retry-After: 1; 0 by default.</summary>
    [Range(0.0, 1.0)]
    public double ThrottleRate { get; init; }

    /// <summary>Fraction of creates that store the order and then abort the connection without an answer; 0 by default.</summary>
    [Range(0.0, 1.0)]
    public double DropAfterCommitRate { get; init; }

    /// <summary>Fraction that hang for <see cref="TimeoutDelay"/> (or until the client leaves) without doing anything; 0 by default.</summary>
    [Range(0.0, 1.0)]
    public double TimeoutRate { get; init; }

    /// <summary>How long a timed-out request hangs before it is answered 504; 30 seconds by default.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan TimeoutDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Seed of the fault dice, so a run can be repeated; 12345 by default.</summary>
    public int Seed { get; init; } = 12345;
}
