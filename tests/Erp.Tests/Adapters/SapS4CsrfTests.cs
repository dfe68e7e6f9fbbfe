using Erp.Abstractions;
using Erp.Tests.Adapters.Support;

namespace Erp.Tests.Adapters;

public sealed class SapS4CsrfTests : ServerTest
{
    IErpAdapter Sap => Host.Adapter("sap-s4");

    [Fact]
    public async Task TokenIsFetchedFromTheServiceRootBeforeThePost()
    {
        SapScript.AcceptNewOrder(Server);

        await Sap.SubmitAsync(TestOrders.TwoBikes(), CancellationToken.None);

        Server.Requests.Select(r => (r.Method, r.Path)).ShouldBe([
            ("GET", SapScript.SalesOrders), ("GET", SapScript.Root), ("POST", SapScript.SalesOrders)]);
        Server.RequestsTo("GET", SapScript.Root).Single().Header("x-csrf-token").ShouldBe("Fetch");
    }

    [Fact]
    public async Task PostCarriesTheTokenAndTheSessionCookiesItCameWith()
    {
        SapScript.AcceptNewOrder(Server);

        await Sap.SubmitAsync(TestOrders.TwoBikes(), CancellationToken.None);

        var post = Server.RequestsTo("POST", SapScript.SalesOrders).Single();
        post.Header("x-csrf-token").ShouldBe("tok-1");
        post.Header("Cookie").ShouldBe("SAP_SESSIONID_S4H_100=tok-1-session; sap-usercontext=sap-client=100");
    }

    [Fact]
    public async Task TokenIsReusedForLaterChanges()
    {
        SapScript.AcceptNewOrder(Server);

        await Sap.SubmitAsync(TestOrders.TwoBikes("Q-1"), CancellationToken.None);
        await Sap.SubmitAsync(TestOrders.TwoBikes("Q-2"), CancellationToken.None);

        Server.RequestsTo("GET", SapScript.Root).Count.ShouldBe(1);
        Server.RequestsTo("POST", SapScript.SalesOrders).ShouldAllBe(p => p.Header("x-csrf-token") == "tok-1");
    }

    [Fact]
    public async Task ExpiredTokenIsFetchedAgainOnceAndThePostRepeated()
    {
        SapScript.AcceptNewOrder(Server);
        Server.On("GET", SapScript.Root, SapScript.Token("tok-1"), SapScript.Token("tok-2"));
        Server.On("POST", SapScript.SalesOrders, SapScript.TokenRequired, SapScript.Created("4711"));

        var submission = await Sap.SubmitAsync(TestOrders.TwoBikes(), CancellationToken.None);

        submission.ShouldBe(new ErpSubmission("4711", AlreadyExisted: false));
        Server.RequestsTo("POST", SapScript.SalesOrders).Select(p => p.Header("x-csrf-token")).ShouldBe(["tok-1", "tok-2"]);
        Server.RequestsTo("POST", SapScript.SalesOrders)[1].Header("Cookie").ShouldStartWith("SAP_SESSIONID_S4H_100=tok-2-session");
    }

    [Fact]
    public async Task TokenRefusedTwiceIsRejectedWithoutAThirdPost()
    {
        SapScript.AcceptNewOrder(Server);
        Server.On("POST", SapScript.SalesOrders, SapScript.TokenRequired);

        var failure = await Should.ThrowAsync<ErpException>(() => Sap.SubmitAsync(TestOrders.TwoBikes(), CancellationToken.None));

        failure.Kind.ShouldBe(ErpErrorKind.Rejected);
        Server.RequestsTo("POST", SapScript.SalesOrders).Count.ShouldBe(2);
    }

    [Fact]
    public async Task ForbiddenWithoutTokenRequiredIsRejectedAtOnce()
    {
        SapScript.AcceptNewOrder(Server);
        Server.On("POST", SapScript.SalesOrders, SapScript.Error(403, "No authorization for sales organization 1010"));

        var failure = await Should.ThrowAsync<ErpException>(() => Sap.SubmitAsync(TestOrders.TwoBikes(), CancellationToken.None));

        failure.Kind.ShouldBe(ErpErrorKind.Rejected);
        failure.Message.ShouldContain("No authorization for sales organization 1010");
        Server.RequestsTo("GET", SapScript.Root).Count.ShouldBe(1);
        Server.RequestsTo("POST", SapScript.SalesOrders).Count.ShouldBe(1);
    }

    [Fact]
    public async Task ConcurrentSubmissionsShareOneTokenFetch()
    {
        SapScript.AcceptNewOrder(Server);
        Server.On("GET", SapScript.Root, ScriptedResponse.Late(TimeSpan.FromMilliseconds(200), SapScript.Token("tok-1")));

        await Task.WhenAll(Enumerable.Range(1, 5).Select(i => Sap.SubmitAsync(TestOrders.TwoBikes($"Q-{i}"), CancellationToken.None)));

        Server.RequestsTo("GET", SapScript.Root).Count.ShouldBe(1);
        Server.RequestsTo("POST", SapScript.SalesOrders).Count.ShouldBe(5);
    }

    [Fact]
    public async Task BasicCredentialsAreSentWhenConfigured()
    {
        await using var server = await RecordingErpServer.StartAsync();
        using var host = AdapterHost.For(server, ("UserName", "CONFIGURATOR"), ("Password", "s3cret"));
        SapScript.AcceptNewOrder(server);

        await host.Adapter("sap-s4").SubmitAsync(TestOrders.TwoBikes(), CancellationToken.None);

        server.Requests.ShouldAllBe(r => r.Header("Authorization") == "Basic Q09ORklHVVJBVE9SOnMzY3JldA==");
    }
}
