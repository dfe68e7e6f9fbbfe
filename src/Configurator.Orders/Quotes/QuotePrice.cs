using Configurator.Catalog.Model;

namespace Configurator.Orders.Quotes;

/// <summary>
/// A quote's price: the list unit price, then the account's negotiated discount, the volume break the quantity
/// reaches, and the rep's own discount, applied one after the other (10 % then 5 % is 14.5 % off list).
/// The net unit price is rounded to the cent; the total is net unit times quantity.
/// Only the rep's discount counts against the rep's authority: the account terms and volume breaks are agreed already.
/// </summary>
public sealed record QuotePrice
{
    public QuotePrice(Money listUnitPrice, int quantity, decimal accountDiscountPercent, decimal volumeDiscountPercent, decimal repDiscountPercent)
    {
        if (quantity < 1) throw new ArgumentException("A quote is for at least one unit.", nameof(quantity));
        Percent.Require(accountDiscountPercent, nameof(accountDiscountPercent));
        Percent.Require(volumeDiscountPercent, nameof(volumeDiscountPercent));
        Percent.Require(repDiscountPercent, nameof(repDiscountPercent));
        ListUnitPrice = listUnitPrice;
        Quantity = quantity;
        AccountDiscountPercent = accountDiscountPercent;
        VolumeDiscountPercent = volumeDiscountPercent;
        RepDiscountPercent = repDiscountPercent;
        var remaining = Percent.Remaining(accountDiscountPercent) * Percent.Remaining(volumeDiscountPercent) * Percent.Remaining(repDiscountPercent);
        NetUnitPrice = new Money(listUnitPrice.Amount * remaining, listUnitPrice.Currency);
        Total = NetUnitPrice * quantity;
        TotalDiscountPercent = listUnitPrice.Amount == 0m ? 0m : decimal.Round((1m - NetUnitPrice.Amount / listUnitPrice.Amount) * 100m, 2);
    }

    public Money ListUnitPrice { get; }
    public int Quantity { get; }
    public decimal AccountDiscountPercent { get; }
    public decimal VolumeDiscountPercent { get; }
    public decimal RepDiscountPercent { get; }
    public Money NetUnitPrice { get; }
    public Money Total { get; }

    /// <summary>All discounts together, off list, in percent to two decimals.</summary>
    public decimal TotalDiscountPercent { get; }
}
