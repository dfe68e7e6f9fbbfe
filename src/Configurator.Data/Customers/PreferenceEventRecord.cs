namespace Configurator.Data.Customers;

/// <summary>One stored preference event; rows are only ever added. Events of one ordered configuration share a batch id.</summary>
public sealed class PreferenceEventRecord
{
    public Guid Id { get; set; }
    public Guid Batch { get; set; }
    public required string CustomerNumber { get; set; }
    public required string FamilyId { get; set; }
    public string? OptionId { get; set; }
    public string? GroupId { get; set; }
    public required string Kind { get; set; }
    public DateTimeOffset At { get; set; }
    public long AtMs { get; set; }
    public decimal? Value { get; set; }
    public int? LeadTimeDays { get; set; }
    public decimal? DiscountAskedPercent { get; set; }
}
