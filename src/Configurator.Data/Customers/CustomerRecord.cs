namespace Configurator.Data.Customers;

/// <summary>The stored row of a customer; address, contacts and the key-account profile as JSON documents.</summary>
public sealed class CustomerRecord
{
    public required string Number { get; set; }
    public required string Kind { get; set; }
    public required string Name { get; set; }
    public string? Email { get; set; }
    public required string AddressJson { get; set; }
    public required string ContactsJson { get; set; }
    public string? KeyAccountJson { get; set; }
    public bool IsKeyAccount { get; set; }

    /// <summary>The key account's manager, a column of its own so lists can filter by it.</summary>
    public string? AccountManager { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Optimistic concurrency, as for orders.</summary>
    public int Version { get; set; }
}

/// <summary>One stored interaction of a customer's timeline; rows are only ever added.</summary>
public sealed class InteractionRecord
{
    public Guid Id { get; set; }
    public required string CustomerNumber { get; set; }
    public required string Kind { get; set; }
    public DateTimeOffset At { get; set; }

    /// <summary>Unix milliseconds, for ordering on every provider.</summary>
    public long AtMs { get; set; }

    public required string By { get; set; }
    public required string Summary { get; set; }
    public string? Reference { get; set; }
    public string? FamilyId { get; set; }
    public decimal? Value { get; set; }
    public string? Currency { get; set; }
}
