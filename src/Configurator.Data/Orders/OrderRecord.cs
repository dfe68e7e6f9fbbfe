namespace Configurator.Data.Orders;

/// <summary>
/// The stored row of an order. Columns for what lists filter and sort by; the frozen snapshot,
/// the delivery details and the routing decision as JSON documents, alike on every provider.
/// </summary>
public sealed class OrderRecord
{
    public Guid Id { get; set; }
    public required string Number { get; set; }
    public string? IdempotencyKey { get; set; }
    public string? RequestFingerprint { get; set; }
    public required string CustomerNumber { get; set; }
    public required string State { get; set; }
    public required string FamilyId { get; set; }
    public required string ModelVersion { get; set; }
    public required string Adapter { get; set; }
    public required string Plant { get; set; }
    public required string Priority { get; set; }
    public decimal TotalPrice { get; set; }
    public required string Currency { get; set; }
    public string? ErpOrderNumber { get; set; }
    public string? FailedStep { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset PlacedAt { get; set; }

    /// <summary>Unix milliseconds: sortable on every provider (SQLite cannot order DateTimeOffset).</summary>
    public long UpdatedAtMs { get; set; }

    /// <summary>Optimistic concurrency: every save increments it, and a save from a stale read fails.</summary>
    public int Version { get; set; }

    public required string DetailsJson { get; set; }
    public required string SnapshotJson { get; set; }
    public required string RoutingJson { get; set; }
}

/// <summary>One stored line of an order's timeline; rows are only ever added.</summary>
public sealed class TimelineRecord
{
    public Guid OrderId { get; set; }
    public int Sequence { get; set; }
    public DateTimeOffset At { get; set; }
    public required string Event { get; set; }
    public string? FromState { get; set; }
    public required string ToState { get; set; }
    public required string Actor { get; set; }
    public int? Attempt { get; set; }
    public string? Error { get; set; }
    public string? Comment { get; set; }
}
