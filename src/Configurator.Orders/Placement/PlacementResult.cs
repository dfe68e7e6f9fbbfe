using Configurator.Orders.Model;

namespace Configurator.Orders.Placement;

public enum PlacementFailure
{
    /// <summary>The configuration does not exist.</summary>
    NotFound,
    /// <summary>The request is well formed but cannot be ordered (model changed, rules, no route).</summary>
    Unprocessable,
    /// <summary>The idempotency key was used before with a different request.</summary>
    KeyReused,
}

/// <summary>A placed order (new, or the one an earlier request with the same key placed), or why not, by field.</summary>
public sealed record PlacementResult(Order? Order, bool Replayed, PlacementFailure? Failure, IReadOnlyDictionary<string, string[]> Errors)
{
    public static PlacementResult Placed(Order order, bool replayed) => new(order, replayed, null, new Dictionary<string, string[]>());

    public static PlacementResult Failed(PlacementFailure failure, string field, params string[] messages) =>
        new(null, false, failure, new Dictionary<string, string[]> { [field] = messages });

    public static PlacementResult Failed(PlacementFailure failure, IReadOnlyDictionary<string, string[]> errors) => new(null, false, failure, errors);
}
