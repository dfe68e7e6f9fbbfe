using Erp.Simulator.Options;
using Microsoft.Extensions.Options;

namespace Erp.Simulator.Faults;

/// <summary>The fault settings in force and their seeded dice; replaced as a whole at run time.</summary>
public sealed class FaultSettings(IOptions<SimulatorOptions> options)
{
    private readonly Lock _gate = new();
    private FaultOptions _current = options.Value.Faults;
    private Random _dice = new(options.Value.Faults.Seed);

    public FaultOptions Current
    {
        get { lock (_gate) return _current; }
    }

    /// <summary>Puts <paramref name="faults"/> in force and reseeds the dice, so the same settings replay the same faults.</summary>
    public void Replace(FaultOptions faults)
    {
        var errors = SimulatorOptionsValidator.Errors(faults);
        if (errors.Count > 0) throw new ArgumentException(string.Join(" ", errors), nameof(faults));
        lock (_gate)
        {
            _current = faults;
            _dice = new Random(faults.Seed);
        }
    }

    /// <summary>Rolls the dice for one request, under the settings in force.</summary>
    public FaultRoll Roll(bool createsOrder)
    {
        lock (_gate)
        {
            var faults = _current;
            // Every die is rolled every time, so one rate's change does not shift the others' sequence.
            var serverError = _dice.NextDouble() < faults.ServerErrorRate;
            var serviceUnavailable = _dice.Next(2) == 1;
            var throttle = _dice.NextDouble() < faults.ThrottleRate;
            var timeout = _dice.NextDouble() < faults.TimeoutRate;
            var drop = _dice.NextDouble() < faults.DropAfterCommitRate;
            var kind = serverError ? (serviceUnavailable ? FaultKind.ServiceUnavailable : FaultKind.InternalServerError)
                : throttle ? FaultKind.Throttle
                : timeout ? FaultKind.Timeout
                : drop && createsOrder ? FaultKind.DropAfterCommit
                : FaultKind.None;
            return new FaultRoll(kind, TimeSpan.FromMilliseconds(faults.LatencyMs), faults.TimeoutDelay);
        }
    }
}
