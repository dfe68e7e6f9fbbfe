using Configurator.Orders.Model;

namespace Configurator.Tests.Orders;

public class OrderNumberTests
{
    [Fact]
    public void NewNumbersCarryThePlacementDateAndFitTheErpReference()
    {
        var number = OrderNumber.New(new DateTimeOffset(2026, 11, 23, 23, 30, 0, TimeSpan.FromHours(-5)));

        number.Value.ShouldStartWith("CO-261124-");
        number.Value.Length.ShouldBeLessThanOrEqualTo(global::Erp.Abstractions.ErpSalesOrder.MaxExternalReferenceLength);
        OrderNumber.IsWellFormed(number.Value).ShouldBeTrue();
    }

    [Fact]
    public void TenThousandNewNumbersAreDistinct() =>
        Enumerable.Range(0, 10_000).Select(_ => OrderNumber.New(DateTimeOffset.UnixEpoch).Value).Distinct().Count().ShouldBe(10_000);

    [Theory]
    [InlineData("CO-261123-ABCDEFGH")]
    [InlineData("CO-261123-0123456Z")]
    public void WellFormedNumbersAreAccepted(string value) => new OrderNumber(value).Value.ShouldBe(value);

    [Theory]
    [InlineData("CO-261123-ABCDEFGI")]
    [InlineData("CO-26112A-ABCDEFGH")]
    [InlineData("XX-261123-ABCDEFGH")]
    [InlineData("CO-261123-ABCDEFG")]
    [InlineData("")]
    public void MalformedNumbersAreRefused(string value) => Should.Throw<ArgumentException>(() => new OrderNumber(value));
}
