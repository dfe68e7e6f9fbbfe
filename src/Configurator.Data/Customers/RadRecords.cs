namespace Configurator.Data.Customers;

/// <summary>One buying-power estimate of a key account; estimates are only ever added, so the history stays.</summary>
public sealed class BuyingPowerRecord
{
    public Guid Id { get; set; }
    public required string CustomerNumber { get; set; }
    public decimal Amount { get; set; }
    public required string Currency { get; set; }
    public DateOnly Since { get; set; }
    public required string SetBy { get; set; }
    public string? Note { get; set; }

    /// <summary>Entry order, for estimates with the same date (the later one is in force).</summary>
    public long Sequence { get; set; }
}

/// <summary>A key account's RAD snapshot for one quarter.</summary>
public sealed class RadSnapshotRecord
{
    public required string Quarter { get; set; }
    public required string CustomerNumber { get; set; }
    public decimal? BuyingPower { get; set; }
    public decimal Sales { get; set; }
    public required string Currency { get; set; }
    public decimal? ShareOfWallet { get; set; }
    public required string Class { get; set; }
    public string? Reason { get; set; }
}
