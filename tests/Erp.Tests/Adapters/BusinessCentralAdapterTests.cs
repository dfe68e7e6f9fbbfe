using System.Text.Json;
using System.Text.Json.Nodes;
using Erp.Abstractions;
using Erp.Tests.Adapters.Support;

namespace Erp.Tests.Adapters;

public sealed class BusinessCentralAdapterTests : ServerTest
{
    static readonly ErpTarget Target = new("business-central", BcScript.CompanyId, "MAIN");

    IErpAdapter Bc => Host.Adapter("business-central");

    static ErpSalesOrder Order(string reference = "Q-1001") => TestOrders.TwoBikes(reference, BcScript.CompanyId, "business-central");

    async Task<JsonNode> PostedBody()
    {
        Server.On("GET", BcScript.SalesOrders, BcScript.NothingFound);
        Server.On("POST", BcScript.SalesOrders, BcScript.Created());
        await Bc.SubmitAsync(Order(), CancellationToken.None);
        return Server.RequestsTo("POST", BcScript.SalesOrders).Single().Json;
    }

    [Fact]
    public async Task HeaderCarriesOurReferenceCustomerDatesAndShipTo()
    {
        var body = await PostedBody();

        body["externalDocumentNumber"]!.GetValue<string>().ShouldBe("Q-1001");
        body["customerNumber"]!.GetValue<string>().ShouldBe("17100001");
        body["currencyCode"]!.GetValue<string>().ShouldBe("EUR");
        body["orderDate"]!.GetValue<string>().ShouldBe("2026-02-20");
        body["requestedDeliveryDate"]!.GetValue<string>().ShouldBe("2026-03-15");
        body["shipToName"]!.GetValue<string>().ShouldBe("Velo Nord GmbH");
        body["shipToAddressLine1"]!.GetValue<string>().ShouldBe("Hafenstraße 12");
        body["shipToCity"]!.GetValue<string>().ShouldBe("Hamburg");
        body["shipToPostCode"]!.GetValue<string>().ShouldBe("20457");
        body["shipToCountry"]!.GetValue<string>().ShouldBe("DE");
    }

    [Fact]
    public async Task EachLineIsAnItemLineFollowedByCommentLinesForItsComponents()
    {
        var lines = (await PostedBody())["salesOrderLines"]!.AsArray();

        lines.Select(l => l!["sequence"]!.GetValue<int>()).ShouldBe([10000, 20000, 30000, 40000, 50000]);
        lines.Select(l => l!["lineType"]!.GetValue<string>()).ShouldBe(["Item", "Comment", "Comment", "Item", "Comment"]);
        lines.Select(l => l!["description"]!.GetValue<string>()).Skip(1).Take(2).ShouldBe([
            "Component FRAME-52 x 2 EA, plant 1710", "Component HUB-7 x 2 EA, plant 1720"]);
        lines[4]!["description"]!.GetValue<string>().ShouldBe("Component BOX-L x 1.5 M2, plant 1710");
    }

    [Fact]
    public async Task ItemLinesCarryNumberQuantityAndPriceAsJsonNumbers()
    {
        var item = (await PostedBody())["salesOrderLines"]!.AsArray()[0]!;

        item["lineObjectNumber"]!.GetValue<string>().ShouldBe("CITY-BIKE");
        item["quantity"]!.GetValueKind().ShouldBe(JsonValueKind.Number);
        item["quantity"]!.GetValue<decimal>().ShouldBe(2m);
        item["unitPrice"]!.GetValue<decimal>().ShouldBe(1234.5m);
    }

    [Fact]
    public async Task CommentLinesCarryNoItemQuantityOrPrice()
    {
        var comment = (await PostedBody())["salesOrderLines"]!.AsArray()[1]!.AsObject();

        comment.ContainsKey("lineObjectNumber").ShouldBeFalse();
        comment.ContainsKey("quantity").ShouldBeFalse();
        comment.ContainsKey("unitPrice").ShouldBeFalse();
    }

    [Fact]
    public async Task DescriptionIsCutToHundredCharacters()
    {
        var lines = (await PostedBody())["salesOrderLines"]!.AsArray();

        lines[3]!["description"]!.GetValue<string>().ShouldBe(TestOrders.LongDescription[..100]);
    }

    [Fact]
    public async Task OrderAlreadyInBusinessCentralIsReturnedWithoutPosting()
    {
        Server.On("GET", BcScript.SalesOrders, BcScript.Found());

        var submission = await Bc.SubmitAsync(Order(), CancellationToken.None);

        submission.ShouldBe(new ErpSubmission("S-ORD101001", AlreadyExisted: true));
        Server.RequestsTo("POST", BcScript.SalesOrders).ShouldBeEmpty();
    }

    [Fact]
    public async Task NewOrderIsPostedOnceAndItsNumberReturned()
    {
        Server.On("GET", BcScript.SalesOrders, BcScript.NothingFound);
        Server.On("POST", BcScript.SalesOrders, BcScript.Created());

        var submission = await Bc.SubmitAsync(Order(), CancellationToken.None);

        submission.ShouldBe(new ErpSubmission("S-ORD101001", AlreadyExisted: false));
        Server.RequestsTo("POST", BcScript.SalesOrders).Count.ShouldBe(1);
    }

    [Fact]
    public async Task LookupFiltersOnExternalDocumentNumberWithQuotesDoubled()
    {
        Server.On("GET", BcScript.SalesOrders, BcScript.NothingFound);

        await Bc.GetStatusAsync(Target, "O'Neil-7", CancellationToken.None);

        Server.RequestsTo("GET", BcScript.SalesOrders).Single().QueryValue("$filter").ShouldBe("externalDocumentNumber eq 'O''Neil-7'");
    }

    [Fact]
    public async Task StatusOfAnOrderBusinessCentralDoesNotHaveIsNull()
    {
        Server.On("GET", BcScript.SalesOrders, BcScript.NothingFound);

        (await Bc.GetStatusAsync(Target, "Q-1001", CancellationToken.None)).ShouldBeNull();
    }

    [Theory]
    [InlineData("Draft", false, ErpOrderStatus.Accepted)]
    [InlineData("Open", false, ErpOrderStatus.Accepted)]
    [InlineData("Released", false, ErpOrderStatus.InProduction)]
    [InlineData("Released", true, ErpOrderStatus.Shipped)]
    public async Task StatusFollowsStatusAndFullyShipped(string status, bool fullyShipped, ErpOrderStatus expected)
    {
        Server.On("GET", BcScript.SalesOrders, BcScript.Found(status, fullyShipped));

        var state = await Bc.GetStatusAsync(Target, "Q-1001", CancellationToken.None);

        state.ShouldBe(new ErpOrderState("S-ORD101001", expected, null));
    }

    [Fact]
    public async Task CancelDeletesTheOrderWhateverItsVersion()
    {
        Server.On("GET", BcScript.SalesOrders, BcScript.Found());
        Server.On("DELETE", BcScript.Order, ScriptedResponse.Empty(204));

        await Bc.CancelAsync(Target, "Q-1001", CancellationToken.None);

        Server.RequestsTo("DELETE", BcScript.Order).Single().Header("If-Match").ShouldBe("*");
    }

    [Fact]
    public async Task CancellingAnOrderBusinessCentralDoesNotHaveIsRejected()
    {
        Server.On("GET", BcScript.SalesOrders, BcScript.NothingFound);

        var failure = await Should.ThrowAsync<ErpException>(() => Bc.CancelAsync(Target, "Q-404", CancellationToken.None));

        failure.Kind.ShouldBe(ErpErrorKind.Rejected);
        Server.Requests.ShouldNotContain(r => r.Method == "DELETE");
    }

    [Fact]
    public async Task InvalidOrderIsRejectedWithBusinessCentralsMessage()
    {
        Server.On("GET", BcScript.SalesOrders, BcScript.NothingFound);
        Server.On("POST", BcScript.SalesOrders, BcScript.Error(400, "Item CITY-BIKE does not exist."));

        var failure = await Should.ThrowAsync<ErpException>(() => Bc.SubmitAsync(Order(), CancellationToken.None));

        failure.Kind.ShouldBe(ErpErrorKind.Rejected);
        failure.Message.ShouldContain("Item CITY-BIKE does not exist.");
    }

    [Fact]
    public async Task CompanyThatIsNotAGuidIsRejectedBeforeAnythingIsSent()
    {
        var failure = await Should.ThrowAsync<ErpException>(() =>
            Bc.SubmitAsync(TestOrders.TwoBikes(company: "CRONUS", adapter: "business-central"), CancellationToken.None));

        failure.Kind.ShouldBe(ErpErrorKind.Rejected);
        Server.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task BearerTokenIsSentWhenConfigured()
    {
        await using var server = await RecordingErpServer.StartAsync();
        using var host = AdapterHost.For(server, ("AccessToken", "eyJ0eXAi.test"));
        server.On("GET", BcScript.SalesOrders, BcScript.NothingFound);

        await host.Adapter("business-central").GetStatusAsync(Target, "Q-1001", CancellationToken.None);

        server.Requests.Single().Header("Authorization").ShouldBe("Bearer eyJ0eXAi.test");
    }

    [Fact]
    public async Task EnvironmentPathInTheBaseAddressIsKept()
    {
        await using var server = await RecordingErpServer.StartAsync();
        using var host = AdapterHost.For(server, ("BaseAddress", new Uri(server.BaseAddress, "v2.0/contoso/production/").ToString()));
        server.On("GET", "/v2.0/contoso/production" + BcScript.SalesOrders, BcScript.NothingFound);

        (await host.Adapter("business-central").GetStatusAsync(Target, "Q-1001", CancellationToken.None)).ShouldBeNull();

        server.Requests.Single().Path.ShouldBe("/v2.0/contoso/production" + BcScript.SalesOrders);
    }
}
