namespace Configurator.Data.Quotes;

/// <summary>The stored row of a quote: columns for what lists filter by, the quote itself as one JSON document.</summary>
public sealed class QuoteRecord
{
    public Guid Id { get; set; }
    public required string Number { get; set; }
    public required string CustomerNumber { get; set; }
    public required string State { get; set; }
    public required string FamilyId { get; set; }
    public int Revision { get; set; }
    public DateOnly ValidUntil { get; set; }
    public decimal Total { get; set; }
    public required string Currency { get; set; }
    public string? OrderNumber { get; set; }

    /// <summary>Unix milliseconds of issue: sortable on every provider.</summary>
    public long IssuedAtMs { get; set; }

    /// <summary>Optimistic concurrency: every save increments it, and a save from a stale read fails.</summary>
    public int Version { get; set; }

    public required string DocumentJson { get; set; }
}

/// <summary>An account's price list, one row per customer, its terms as a JSON document.</summary>
public sealed class AccountPriceListRecord
{
    public required string CustomerNumber { get; set; }
    public DateTimeOffset SetAt { get; set; }
    public required string DocumentJson { get; set; }
}
