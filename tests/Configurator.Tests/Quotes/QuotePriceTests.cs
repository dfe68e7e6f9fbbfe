using Configurator.Catalog.Model;
using Configurator.Orders.Quotes;

namespace Configurator.Tests.Quotes;

public class QuotePriceTests
{
    private static readonly Money List = new(2000m, "USD");

    [Fact]
    public void DiscountsApplyOneAfterTheOther()
    {
        // 2000 × 0.90 × 0.95 = 1710; 14.5 % off list, not 15 %.
        var price = new QuotePrice(List, 3, accountDiscountPercent: 10m, volumeDiscountPercent: 0m, repDiscountPercent: 5m);

        price.NetUnitPrice.ShouldBe(new Money(1710m, "USD"));
        price.Total.ShouldBe(new Money(5130m, "USD"));
        price.TotalDiscountPercent.ShouldBe(14.5m);
    }

    [Fact]
    public void NetUnitPriceIsRoundedToTheCentBeforeTheTotal()
    {
        // 999.99 × 0.97 = 969.9903 → 969.99 per unit; the total is 7 × 969.99, not 7 × 969.9903 rounded.
        var price = new QuotePrice(new Money(999.99m, "EUR"), 7, 0m, 3m, 0m);

        price.NetUnitPrice.Amount.ShouldBe(969.99m);
        price.Total.Amount.ShouldBe(6789.93m);
    }

    [Fact]
    public void NoDiscountIsListPrice()
    {
        var price = new QuotePrice(List, 1, 0m, 0m, 0m);

        price.NetUnitPrice.ShouldBe(List);
        price.TotalDiscountPercent.ShouldBe(0m);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(100.01)]
    [InlineData(2.555)]
    public void DiscountOutsideZeroToHundredWithTwoDecimalsIsRefused(decimal percent) =>
        Should.Throw<ArgumentException>(() => new QuotePrice(List, 1, 0m, 0m, percent)).ParamName.ShouldBe("repDiscountPercent");

    [Fact]
    public void ZeroUnitsAreRefused() =>
        Should.Throw<ArgumentException>(() => new QuotePrice(List, 0, 0m, 0m, 0m)).ParamName.ShouldBe("quantity");
}
