using System.ComponentModel.DataAnnotations;

namespace Erp.Http;

/// <summary>
/// Where an ERP lives and how patiently we talk to it. Vendor options derive from this class.
/// The defaults keep a slow ERP from holding a workflow step for more than half a minute.
/// </summary>
public abstract class ErpHttpOptions : IValidatableObject
{
    /// <summary>The ERP host, e.g. https://s4.example.com; the vendor's API path is added by the adapter.</summary>
    [Required]
    public Uri? BaseAddress { get; set; }

    /// <summary>Longest wait for one HTTP attempt; 10 seconds by default.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:05:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Longest wait for a call including its retries; 30 seconds by default.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries of a failed GET (never of POST, PATCH or DELETE); 3 by default, at least 1.</summary>
    [Range(1, 10)]
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>First retry delay, doubled for each further retry and jittered; 1 second by default.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:01:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Share of failed calls in the sampling window that opens the circuit; 0.5 by default, so an ERP
    /// failing one call in five keeps being called (the retries absorb that) while a dead one is left alone.
    /// </summary>
    [Range(0.01, 1.0)]
    public double CircuitBreakerFailureRatio { get; set; } = 0.5;

    /// <summary>Calls the window must hold before the circuit may open; 20 by default.</summary>
    [Range(2, 10_000)]
    public int CircuitBreakerMinimumThroughput { get; set; } = 20;

    /// <summary>Window in which failures are counted; 30 seconds by default (at least twice the attempt timeout).</summary>
    [Range(typeof(TimeSpan), "00:00:00.500", "00:30:00")]
    public TimeSpan CircuitBreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an open circuit refuses calls before letting one through; 15 seconds by default.</summary>
    [Range(typeof(TimeSpan), "00:00:00.500", "00:30:00")]
    public TimeSpan CircuitBreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The resilience handler refuses these combinations when the first client is built; say so at start instead.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (TotalTimeout < AttemptTimeout)
            yield return new ValidationResult("TotalTimeout must be at least AttemptTimeout.", [nameof(TotalTimeout)]);
        if (CircuitBreakerSamplingDuration < 2 * AttemptTimeout)
            yield return new ValidationResult("CircuitBreakerSamplingDuration must be at least twice AttemptTimeout.",
                [nameof(CircuitBreakerSamplingDuration)]);
    }
}
