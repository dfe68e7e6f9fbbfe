using Configurator.Orders.Quotes;

namespace Configurator.Tests.Quotes;

public class AccountPriceListTests
{
    private static readonly VolumeBreak[] Breaks = [new(50, 6m), new(10, 3m), new(100, 10m)];

    [Theory]
    [InlineData(9, 0)]
    [InlineData(10, 3)]
    [InlineData(49, 3)]
    [InlineData(50, 6)]
    [InlineData(100, 10)]
    [InlineData(5000, 10)]
    public void QuantityGetsTheHighestBreakItReaches(int quantity, decimal percent) =>
        AccountPriceList.VolumeDiscountFor(Breaks, quantity).ShouldBe(percent);

    [Fact]
    public void FamilyDiscountOverridesTheAccountsDefault()
    {
        var list = new AccountPriceList("K-1", 8m, new Dictionary<string, decimal> { ["rack-server"] = 15m }, [], "user:manager", DateTimeOffset.UnixEpoch);

        list.AccountDiscountFor("rack-server").ShouldBe(15m);
        list.AccountDiscountFor("business-laptop").ShouldBe(8m);
    }

    [Fact]
    public void TwoBreaksAtOneQuantityAreRefused() =>
        Should.Throw<ArgumentException>(() => new AccountPriceList("K-1", 0m, new Dictionary<string, decimal>(), [new(10, 3m), new(10, 4m)],
            "user:manager", DateTimeOffset.UnixEpoch)).ParamName.ShouldBe("volumeBreaks");

    [Fact]
    public void BreakBelowTwoUnitsIsRefused() =>
        Should.Throw<ArgumentException>(() => new VolumeBreak(1, 2m)).ParamName.ShouldBe("minQuantity");

    [Fact]
    public void QuotingDefaultsArePinned()
    {
        var options = new QuotingOptions();

        options.RepDiscountAuthorityPercent.ShouldBe(10m);
        options.ManagerDiscountAuthorityPercent.ShouldBe(25m);
        options.MaxRepDiscountPercent.ShouldBe(50m);
        options.DefaultValidityDays.ShouldBe(30);
        options.MaxValidityDays.ShouldBe(90);
        options.StandardBreaks().Select(b => (b.MinQuantity, b.DiscountPercent)).ShouldBe([(10, 3m), (50, 6m), (100, 10m)]);
        options.AuthorityFor(isSalesManager: true).ShouldBe(25m);
        options.AuthorityFor(isSalesManager: false).ShouldBe(10m);
    }
}
