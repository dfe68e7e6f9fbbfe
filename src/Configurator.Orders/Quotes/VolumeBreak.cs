namespace Configurator.Orders.Quotes;

/// <summary>From <see cref="MinQuantity"/> units on, the unit price is <see cref="DiscountPercent"/> lower (0 to 100).</summary>
public sealed record VolumeBreak
{
    public VolumeBreak(int minQuantity, decimal discountPercent)
    {
        if (minQuantity < 2) throw new ArgumentException("A volume break starts at 2 units or more.", nameof(minQuantity));
        Percent.Require(discountPercent, nameof(discountPercent));
        MinQuantity = minQuantity;
        DiscountPercent = discountPercent;
    }

    public int MinQuantity { get; }
    public decimal DiscountPercent { get; }
}
