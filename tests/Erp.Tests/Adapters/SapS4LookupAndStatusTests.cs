using Erp.Abstractions;
using Erp.Tests.Adapters.Support;

namespace Erp.Tests.Adapters;

public sealed class SapS4LookupAndStatusTests : ServerTest
{
    static readonly ErpTarget Target = new("sap-s4", "1010", "1710");

    IErpAdapter Sap => Host.Adapter("sap-s4");

    [Fact]
    public async Task OrderAlreadyInSapIsReturnedWithoutPosting()
    {
        SapScript.AcceptNewOrder(Server);
        Server.On("GET", SapScript.SalesOrders, SapScript.Found("4711"));

        var submission = await Sap.SubmitAsync(TestOrders.TwoBikes(), CancellationToken.None);

        submission.ShouldBe(new ErpSubmission("4711", AlreadyExisted: true));
        Server.RequestsTo("POST", SapScript.SalesOrders).ShouldBeEmpty();
        Server.RequestsTo("GET", SapScript.Root).ShouldBeEmpty();
    }

    [Fact]
    public async Task NewOrderIsPostedOnceAndItsNumberReturned()
    {
        SapScript.AcceptNewOrder(Server, "4712");

        var submission = await Sap.SubmitAsync(TestOrders.TwoBikes(), CancellationToken.None);

        submission.ShouldBe(new ErpSubmission("4712", AlreadyExisted: false));
        Server.RequestsTo("POST", SapScript.SalesOrders).Count.ShouldBe(1);
    }

    [Fact]
    public async Task LookupFiltersOnPurchaseOrderByCustomerWithQuotesDoubled()
    {
        Server.On("GET", SapScript.SalesOrders, SapScript.NothingFound);

        await Sap.GetStatusAsync(Target, "O'Neil-7", CancellationToken.None);

        var lookup = Server.RequestsTo("GET", SapScript.SalesOrders).Single();
        lookup.QueryValue("$filter").ShouldBe("PurchaseOrderByCustomer eq 'O''Neil-7'");
        lookup.QueryValue("$format").ShouldBe("json");
    }

    [Fact]
    public async Task StatusOfAnOrderSapDoesNotHaveIsNull()
    {
        Server.On("GET", SapScript.SalesOrders, SapScript.NothingFound);

        (await Sap.GetStatusAsync(Target, "Q-1001", CancellationToken.None)).ShouldBeNull();
    }

    [Theory]
    [InlineData("A", "A", "A", ErpOrderStatus.Accepted)]
    [InlineData("B", "A", "A", ErpOrderStatus.InProduction)]
    [InlineData("B", "C", "A", ErpOrderStatus.Shipped)]
    [InlineData("C", "C", "A", ErpOrderStatus.Shipped)]
    [InlineData("C", "A", "C", ErpOrderStatus.Cancelled)]
    public async Task StatusFollowsSapsOverallStatuses(string process, string delivery, string rejection, ErpOrderStatus expected)
    {
        Server.On("GET", SapScript.SalesOrders, SapScript.Found("4711", process, delivery, rejection));

        var state = await Sap.GetStatusAsync(Target, "Q-1001", CancellationToken.None);

        state.ShouldBe(new ErpOrderState("4711", expected, null));
    }

    [Fact]
    public async Task CancelRejectsEveryTopLevelItemWithTheConfiguredReason()
    {
        Server.On("GET", SapScript.SalesOrders, SapScript.Found("4711"));
        Server.On("GET", SapScript.Root, SapScript.Token("tok-1"));
        Server.On("GET", SapScript.Items("4711"), ScriptedResponse.Json(200, """
            {"d":{"results":[
              {"SalesOrder":"4711","SalesOrderItem":"10","HigherLevelItem":"0"},
              {"SalesOrder":"4711","SalesOrderItem":"20","HigherLevelItem":"10"},
              {"SalesOrder":"4711","SalesOrderItem":"30","HigherLevelItem":""}]}}
            """));
        Server.On("PATCH", SapScript.Item("4711", "10"), ScriptedResponse.Empty(204));
        Server.On("PATCH", SapScript.Item("4711", "30"), ScriptedResponse.Empty(204));

        await Sap.CancelAsync(Target, "Q-1001", CancellationToken.None);

        var patches = Server.Requests.Where(r => r.Method == "PATCH").ToList();
        patches.Select(p => p.Path).ShouldBe([SapScript.Item("4711", "10"), SapScript.Item("4711", "30")]);
        patches.ShouldAllBe(p => p.Json["SalesDocumentRjcnReason"]!.GetValue<string>() == "Z1");
        patches.ShouldAllBe(p => p.Header("x-csrf-token") == "tok-1");
    }

    [Fact]
    public async Task CancellingAnOrderSapDoesNotHaveIsRejected()
    {
        Server.On("GET", SapScript.SalesOrders, SapScript.NothingFound);

        var failure = await Should.ThrowAsync<ErpException>(() => Sap.CancelAsync(Target, "Q-404", CancellationToken.None));

        failure.Kind.ShouldBe(ErpErrorKind.Rejected);
        Server.Requests.ShouldNotContain(r => r.Method == "PATCH");
    }
}
