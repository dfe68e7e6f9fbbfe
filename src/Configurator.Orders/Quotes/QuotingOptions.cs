using System.ComponentModel.DataAnnotations;

namespace Configurator.Orders.Quotes;

/// <summary>Quoting settings (section "Quoting"): discount authority, validity and the standard volume breaks.</summary>
public sealed class QuotingOptions
{
    public const string Section = "Quoting";

    /// <summary>The discount a sales rep may give alone, in percent, on top of the account's terms. Default 10.</summary>
    [Range(0.0, 100.0)]
    public decimal RepDiscountAuthorityPercent { get; set; } = 10m;

    /// <summary>The discount a sales manager may give alone. Default 25.</summary>
    [Range(0.0, 100.0)]
    public decimal ManagerDiscountAuthorityPercent { get; set; } = 25m;

    /// <summary>No quote gives a rep discount beyond this, approval or not. Default 50.</summary>
    [Range(0.0, 100.0)]
    public decimal MaxRepDiscountPercent { get; set; } = 50m;

    /// <summary>Days a quote holds when the rep gives no date (the issue day counts as the first). Default 30.</summary>
    [Range(1, 365)]
    public int DefaultValidityDays { get; set; } = 30;

    /// <summary>The latest a rep may set a quote's validity, in days from issue. Default 90.</summary>
    [Range(1, 365)]
    public int MaxValidityDays { get; set; } = 90;

    /// <summary>
    /// Volume breaks for accounts without breaks of their own; unset means the defaults 10+ units 3 %, 50+ 6 %, 100+ 10 %.
    /// (Null rather than a filled list, because configuration binding appends to a filled list instead of replacing it.)
    /// </summary>
    public List<VolumeBreakSetting>? StandardVolumeBreaks { get; set; }

    public static readonly IReadOnlyList<VolumeBreak> DefaultVolumeBreaks = [new(10, 3m), new(50, 6m), new(100, 10m)];

    public IReadOnlyList<VolumeBreak> StandardBreaks() =>
        StandardVolumeBreaks is null ? DefaultVolumeBreaks : [.. StandardVolumeBreaks.Select(b => new VolumeBreak(b.MinQuantity, b.DiscountPercent))];

    /// <summary>The discount authority of a quote's issuer.</summary>
    public decimal AuthorityFor(bool isSalesManager) => isSalesManager ? ManagerDiscountAuthorityPercent : RepDiscountAuthorityPercent;

    public sealed class VolumeBreakSetting
    {
        [Range(2, 1_000_000)]
        public int MinQuantity { get; set; }

        [Range(0.0, 100.0)]
        public decimal DiscountPercent { get; set; }
    }
}
