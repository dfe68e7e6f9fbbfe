using System.Text.Json;
using System.Text.Json.Nodes;
using Erp.Tests.Adapters.Support;

namespace Erp.Tests.Adapters;

/// <summary>The deep insert SAP receives, checked against API_SALES_ORDER_SRV's documented property names.</summary>
public sealed class SapS4RequestShapeTests : ServerTest
{
    async Task<JsonNode> PostedBody()
    {
        SapScript.AcceptNewOrder(Server);
        await Host.Adapter("sap-s4").SubmitAsync(TestOrders.TwoBikes(), CancellationToken.None);
        return Server.RequestsTo("POST", SapScript.SalesOrders).Single().Json;
    }

    [Fact]
    public async Task HeaderCarriesOrganizationCustomerAndOurReference()
    {
        var body = await PostedBody();

        body["SalesOrderType"]!.GetValue<string>().ShouldBe("OR");
        body["SalesOrganization"]!.GetValue<string>().ShouldBe("1010");
        body["DistributionChannel"]!.GetValue<string>().ShouldBe("10");
        body["OrganizationDivision"]!.GetValue<string>().ShouldBe("00");
        body["SoldToParty"]!.GetValue<string>().ShouldBe("17100001");
        body["PurchaseOrderByCustomer"]!.GetValue<string>().ShouldBe("Q-1001");
        body["TransactionCurrency"]!.GetValue<string>().ShouldBe("EUR");
    }

    [Fact]
    public async Task DeliveryDateTravelsAsODataV2DateInUtcMilliseconds()
    {
        var body = await PostedBody();

        body["RequestedDeliveryDate"]!.GetValue<string>().ShouldBe("/Date(1773532800000)/");
    }

    [Fact]
    public async Task ShipToIsAWePartnerWithItsAddress()
    {
        var partner = (await PostedBody())["to_Partner"]!.AsArray().Single()!;

        partner["PartnerFunction"]!.GetValue<string>().ShouldBe("WE");
        partner["Customer"]!.GetValue<string>().ShouldBe("17100001");
        var address = partner["to_Address"]!.AsArray().Single()!;
        address["OrganizationName1"]!.GetValue<string>().ShouldBe("Velo Nord GmbH");
        address["StreetName"]!.GetValue<string>().ShouldBe("Hafenstraße 12");
        address["CityName"]!.GetValue<string>().ShouldBe("Hamburg");
        address["PostalCode"]!.GetValue<string>().ShouldBe("20457");
        address["Country"]!.GetValue<string>().ShouldBe("DE");
    }

    [Fact]
    public async Task LinesAreNumberedInTensWithTheirComponentsAsSubItems()
    {
        var items = (await PostedBody())["to_Item"]!.AsArray();

        items.Select(i => i!["SalesOrderItem"]!.GetValue<string>()).ShouldBe(["10", "20", "30", "40", "50"]);
        items.Select(i => i!["Material"]!.GetValue<string>()).ShouldBe(["CITY-BIKE", "FRAME-52", "HUB-7", "CARGO-BIKE", "BOX-L"]);
        items.Select(i => i!["HigherLevelItem"]?.GetValue<string>()).ShouldBe([null, "10", "10", null, "40"]);
    }

    [Fact]
    public async Task LinesAreMadeInTheTargetPlantAndComponentsInTheirOwn()
    {
        var items = (await PostedBody())["to_Item"]!.AsArray();

        items.Select(i => i!["ProductionPlant"]!.GetValue<string>()).ShouldBe(["1710", "1710", "1720", "1710", "1710"]);
        items.Select(i => i!["RequestedQuantityUnit"]!.GetValue<string>()).ShouldBe(["EA", "EA", "EA", "EA", "M2"]);
    }

    [Fact]
    public async Task QuantitiesAndPricesTravelAsDecimalStrings()
    {
        var items = (await PostedBody())["to_Item"]!.AsArray();

        items.ShouldAllBe(i => i!["RequestedQuantity"]!.GetValueKind() == JsonValueKind.String);
        items.Select(i => i!["RequestedQuantity"]!.GetValue<string>()).ShouldBe(["2", "2", "2", "1", "1.5"]);
        var price = items[0]!["to_PricingElement"]!.AsArray().Single()!;
        price["ConditionType"]!.GetValue<string>().ShouldBe("PR00");
        price["ConditionRateValue"]!.GetValueKind().ShouldBe(JsonValueKind.String);
        price["ConditionRateValue"]!.GetValue<string>().ShouldBe("1234.50");
        price["ConditionCurrency"]!.GetValue<string>().ShouldBe("EUR");
    }

    [Fact]
    public async Task ComponentsCarryNoPriceAndNoText()
    {
        var component = (await PostedBody())["to_Item"]!.AsArray()[1]!.AsObject();

        component.ContainsKey("to_PricingElement").ShouldBeFalse();
        component.ContainsKey("SalesOrderItemText").ShouldBeFalse();
    }

    [Fact]
    public async Task ItemTextIsCutToSapsFortyCharacters()
    {
        var items = (await PostedBody())["to_Item"]!.AsArray();

        items[0]!["SalesOrderItemText"]!.GetValue<string>().ShouldBe("City bike, 7 gears, 52 cm frame");
        items[3]!["SalesOrderItemText"]!.GetValue<string>().ShouldBe(TestOrders.LongDescription[..40]);
    }
}
