namespace Configurator.Data;

/// <summary>The stored row of a saved configuration. Lists are JSON text so every provider stores them alike.</summary>
public sealed class ConfigurationRecord
{
    public Guid Id { get; set; }
    public required string FamilyId { get; set; }
    public required string ModelVersion { get; set; }
    public string? Name { get; set; }
    public required string PicksJson { get; set; }
    public required string ImpliedJson { get; set; }
    public required string Region { get; set; }
    public required string Segment { get; set; }
    public int Quantity { get; set; }
    public DateOnly PriceDate { get; set; }
    public decimal UnitPrice { get; set; }
    public decimal TotalPrice { get; set; }
    public required string Currency { get; set; }
    public int LeadTimeDays { get; set; }
    public bool IsComplete { get; set; }
    public bool IsOrderable { get; set; }
    public DateTimeOffset SavedAt { get; set; }
    public string? CustomerNumber { get; set; }
}
