using Erp.Abstractions;
using Erp.Tests.Adapters.Support;

namespace Erp.Tests.Adapters;

/// <summary>What each failure on the wire means for the workflow, shown through the SAP adapter (both share the mapping).</summary>
public sealed class ErrorMappingTests : ServerTest
{
    static readonly ErpTarget Target = new("sap-s4", "1010", "1710");

    // Short attempts so the late answers below run into the attempt timeout quickly.
    protected override (string Key, string Value)[] Settings =>
        [("AttemptTimeout", "00:00:00.500"), ("TotalTimeout", "00:00:05"), ("CircuitBreakerSamplingDuration", "00:00:30")];

    IErpAdapter Sap => Host.Adapter("sap-s4");

    Task<ErpException> SubmitFails() => Should.ThrowAsync<ErpException>(() => Sap.SubmitAsync(TestOrders.TwoBikes(), CancellationToken.None));

    [Fact]
    public async Task ServiceUnavailableOnThePostIsTransientAndNotRetried()
    {
        SapScript.AcceptNewOrder(Server);
        Server.On("POST", SapScript.SalesOrders, SapScript.Error(503, "Service unavailable"));

        (await SubmitFails()).Kind.ShouldBe(ErpErrorKind.Transient);
        Server.RequestsTo("POST", SapScript.SalesOrders).Count.ShouldBe(1);
    }

    [Fact]
    public async Task TooManyRequestsOnTheLookupIsRetriedThenTransient()
    {
        Server.On("GET", SapScript.SalesOrders, ScriptedResponse.Empty(429));

        var failure = await Should.ThrowAsync<ErpException>(() => Sap.GetStatusAsync(Target, "Q-1001", CancellationToken.None));

        failure.Kind.ShouldBe(ErpErrorKind.Transient);
        Server.RequestsTo("GET", SapScript.SalesOrders).Count.ShouldBe(1 + 3);
    }

    [Fact]
    public async Task LookupThatFailsOnceIsRetriedAndTheOrderCreated()
    {
        SapScript.AcceptNewOrder(Server);
        Server.On("GET", SapScript.SalesOrders, SapScript.Error(502, "Bad gateway"), SapScript.NothingFound);

        var submission = await Sap.SubmitAsync(TestOrders.TwoBikes(), CancellationToken.None);

        submission.AlreadyExisted.ShouldBeFalse();
        Server.RequestsTo("GET", SapScript.SalesOrders).Count.ShouldBe(2);
    }

    [Fact]
    public async Task InvalidOrderIsRejectedWithSapsMessage()
    {
        SapScript.AcceptNewOrder(Server);
        Server.On("POST", SapScript.SalesOrders, SapScript.Error(400, "Material CARGO-BIKE is not defined for sales org. 1010"));

        var failure = await SubmitFails();

        failure.Kind.ShouldBe(ErpErrorKind.Rejected);
        failure.Message.ShouldContain("Material CARGO-BIKE is not defined for sales org. 1010");
    }

    [Theory]
    [InlineData(401)]
    [InlineData(404)]
    [InlineData(409)]
    [InlineData(422)]
    public async Task ClientErrorsAreRejected(int status)
    {
        SapScript.AcceptNewOrder(Server);
        Server.On("POST", SapScript.SalesOrders, SapScript.Error(status, "Refused"));

        (await SubmitFails()).Kind.ShouldBe(ErpErrorKind.Rejected);
    }

    [Fact]
    public async Task ConnectionDroppedDuringThePostIsAnUnknownOutcomeAndNotRetried()
    {
        SapScript.AcceptNewOrder(Server);
        Server.On("POST", SapScript.SalesOrders, ScriptedResponse.DropConnection());

        (await SubmitFails()).Kind.ShouldBe(ErpErrorKind.UnknownOutcome);
        Server.RequestsTo("POST", SapScript.SalesOrders).Count.ShouldBe(1);
    }

    [Fact]
    public async Task PostAnsweredTooLateIsAnUnknownOutcome()
    {
        SapScript.AcceptNewOrder(Server);
        Server.On("POST", SapScript.SalesOrders, ScriptedResponse.Late(TimeSpan.FromSeconds(3), SapScript.Created("4711")));

        (await SubmitFails()).Kind.ShouldBe(ErpErrorKind.UnknownOutcome);
        Server.RequestsTo("POST", SapScript.SalesOrders).Count.ShouldBe(1);
    }

    [Fact]
    public async Task ConnectionDroppedDuringTheLookupIsTransientAndNothingIsPosted()
    {
        SapScript.AcceptNewOrder(Server);
        Server.On("GET", SapScript.SalesOrders, ScriptedResponse.DropConnection());

        (await SubmitFails()).Kind.ShouldBe(ErpErrorKind.Transient);
        Server.RequestsTo("POST", SapScript.SalesOrders).ShouldBeEmpty();
    }

    [Fact]
    public async Task UnreachableErpIsTransient()
    {
        await using var gone = await RecordingErpServer.StartAsync();
        using var host = AdapterHost.For(gone);
        await gone.DisposeAsync();

        var failure = await Should.ThrowAsync<ErpException>(() => host.Adapter("sap-s4").SubmitAsync(TestOrders.TwoBikes(), CancellationToken.None));

        failure.Kind.ShouldBe(ErpErrorKind.Transient);
    }

    [Fact]
    public async Task OpenCircuitIsTransientAndSparesTheErp()
    {
        await using var server = await RecordingErpServer.StartAsync();
        using var host = AdapterHost.For(server, ("MaxRetryAttempts", "1"), ("CircuitBreakerMinimumThroughput", "2"),
            ("CircuitBreakerBreakDuration", "00:01:00"));
        server.On("GET", SapScript.SalesOrders, SapScript.Error(503, "Down for maintenance"));
        var sap = host.Adapter("sap-s4");
        await Should.ThrowAsync<ErpException>(() => sap.GetStatusAsync(Target, "Q-1001", CancellationToken.None));
        var callsBeforeOpening = server.Requests.Count;

        var whileOpen = await Should.ThrowAsync<ErpException>(() => sap.GetStatusAsync(Target, "Q-1001", CancellationToken.None));

        whileOpen.Kind.ShouldBe(ErpErrorKind.Transient);
        whileOpen.Message.ShouldContain("not being called");
        server.Requests.Count.ShouldBe(callsBeforeOpening);
    }

    [Fact]
    public async Task CallerCancellationPropagatesAsCancellation()
    {
        SapScript.AcceptNewOrder(Server);
        Server.On("GET", SapScript.SalesOrders, ScriptedResponse.Late(TimeSpan.FromSeconds(2), SapScript.NothingFound));
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Should.ThrowAsync<OperationCanceledException>(() => Sap.SubmitAsync(TestOrders.TwoBikes(), cancellation.Token));
        Server.RequestsTo("POST", SapScript.SalesOrders).ShouldBeEmpty();
    }
}
