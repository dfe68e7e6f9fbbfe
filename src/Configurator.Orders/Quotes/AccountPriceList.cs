namespace Configurator.Orders.Quotes;

/// <summary>
/// An account's negotiated terms: a discount off list for every family, a different one for some families,
/// and volume breaks. An account without a price list buys at list with the standard volume breaks
/// (<see cref="QuotingOptions.StandardVolumeBreaks"/>); an account's own breaks replace the standard ones.
/// </summary>
public sealed record AccountPriceList
{
    public AccountPriceList(string customerNumber, decimal discountPercent, IReadOnlyDictionary<string, decimal> familyDiscountPercents,
        IReadOnlyList<VolumeBreak> volumeBreaks, string setBy, DateTimeOffset setAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(customerNumber);
        ArgumentException.ThrowIfNullOrWhiteSpace(setBy);
        Percent.Require(discountPercent, nameof(discountPercent));
        foreach (var (family, percent) in familyDiscountPercents)
        {
            if (string.IsNullOrWhiteSpace(family)) throw new ArgumentException("A family discount names its family.", nameof(familyDiscountPercents));
            Percent.Require(percent, nameof(familyDiscountPercents));
        }
        if (volumeBreaks.Select(b => b.MinQuantity).Distinct().Count() != volumeBreaks.Count)
            throw new ArgumentException("Each volume break starts at a different quantity.", nameof(volumeBreaks));
        CustomerNumber = customerNumber;
        DiscountPercent = discountPercent;
        FamilyDiscountPercents = new Dictionary<string, decimal>(familyDiscountPercents, StringComparer.Ordinal);
        VolumeBreaks = [.. volumeBreaks.OrderBy(b => b.MinQuantity)];
        SetBy = setBy;
        SetAt = setAt;
    }

    public string CustomerNumber { get; }

    /// <summary>Negotiated discount off list on every family without a discount of its own.</summary>
    public decimal DiscountPercent { get; }

    public IReadOnlyDictionary<string, decimal> FamilyDiscountPercents { get; }
    public IReadOnlyList<VolumeBreak> VolumeBreaks { get; }
    public string SetBy { get; }
    public DateTimeOffset SetAt { get; }

    public decimal AccountDiscountFor(string familyId) => FamilyDiscountPercents.GetValueOrDefault(familyId, DiscountPercent);

    /// <summary>The discount of the highest break the quantity reaches (0 below the first).</summary>
    public static decimal VolumeDiscountFor(IEnumerable<VolumeBreak> breaks, int quantity) =>
        breaks.Where(b => b.MinQuantity <= quantity).OrderBy(b => b.MinQuantity).LastOrDefault()?.DiscountPercent ?? 0m;
}
