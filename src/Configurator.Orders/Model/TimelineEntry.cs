namespace Configurator.Orders.Model;

/// <summary>
/// One line of an order's history: what happened (a trigger, or a step attempt that failed),
/// when, who or which job did it, the state before and after, the attempt number and the error.
/// </summary>
public sealed record TimelineEntry(
    int Sequence,
    DateTimeOffset At,
    string Event,
    OrderState? From,
    OrderState To,
    string Actor,
    int? Attempt = null,
    string? Error = null,
    string? Comment = null);
