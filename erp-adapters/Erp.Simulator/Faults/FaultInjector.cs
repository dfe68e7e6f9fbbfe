using Erp.Simulator.Options;

namespace Erp.Simulator.Faults;

public enum Fault { None, ServerError, Throttle, Timeout, DropAfterCommit }

/// <summary>Rolls the dice for each ERP request against the current fault settings, which can be replaced at run time.</summary>
public sealed class FaultInjector(FaultOptions initial)
{
    private readonly Lock _gate = new();
    private FaultOptions _current = initial;
    private Random _random = new(initial.Seed);

    public FaultOptions Current
    {
        get { lock (_gate) return _current; }
        set
        {
            lock (_gate)
            {
                _current = value;
                _random = new Random(value.Seed);
            }
        }
    }

    /// <summary>The fault for one request, rolled in a fixed order: server error, throttle, timeout, then (creates only) drop after commit.</summary>
    public Fault Roll(bool isCreate)
    {
        lock (_gate)
        {
            if (_random.NextDouble() < _current.ServerErrorRate) return Fault.ServerError;
            if (_random.NextDouble() < _current.ThrottleRate) return Fault.Throttle;
            if (_random.NextDouble() < _current.TimeoutRate) return Fault.Timeout;
            if (isCreate && _random.NextDouble() < _current.DropAfterCommitRate) return Fault.DropAfterCommit;
            return Fault.None;
        }
    }
}
