using Erp.Http;
using Erp.SapS4;
using Erp.SapS4.Wire;

namespace Erp.Tests.Adapters;

public sealed class WireFormatTests
{
    [Theory]
    [InlineData("Q-1001", "PurchaseOrderByCustomer eq 'Q-1001'")]
    [InlineData("O'Neil", "PurchaseOrderByCustomer eq 'O''Neil'")]
    [InlineData("''", "PurchaseOrderByCustomer eq ''''''")]
    public void FilterLiteralDoublesSingleQuotes(string reference, string expected) =>
        ODataFilter.Equal("PurchaseOrderByCustomer", reference).ShouldBe(expected);

    [Theory]
    [InlineData("""{"error":{"code":"V1/001","message":{"lang":"en","value":"SAP says no"}}}""", "SAP says no")]
    [InlineData("""{"error":{"code":"BadRequest","message":"BC says no"}}""", "BC says no")]
    [InlineData("<html>Bad gateway</html>", null)]
    [InlineData("", null)]
    public void VendorMessageIsReadFromEitherODataErrorShape(string body, string? expected) =>
        ODataErrorMessage.Read(body).ShouldBe(expected);

    [Fact]
    public void SessionCookieKeepsOnlyNameValuePairs() =>
        SapCsrfSession.CookieHeaderFrom(["SAP_SESSIONID=abc; path=/; HttpOnly", "sap-usercontext=sap-client=100; path=/"])
            .ShouldBe("SAP_SESSIONID=abc; sap-usercontext=sap-client=100");

    [Fact]
    public void AmountsKeepTwoDecimalsAndQuantitiesDropTrailingZeros()
    {
        ODataV2Values.Amount(1234.5m).ShouldBe("1234.50");
        ODataV2Values.Amount(0.125m).ShouldBe("0.125");
        ODataV2Values.Quantity(2.000m).ShouldBe("2");
    }
}
