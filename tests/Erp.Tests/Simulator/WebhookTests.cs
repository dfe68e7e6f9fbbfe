using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Erp.Tests.Simulator;

public sealed class WebhookTests
{
    private const string Secret = "whsec-test";

    [Fact]
    public async Task EveryStatusChangeIsPostedWithAValidSignature()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var sim = await SimulatorHarness.StartAsync(o => (o.WebhookUrl, o.WebhookSecret) = (receiver.Url, Secret));

        var created = await sim.CreateBcOrderAsync("Q-5001");
        var accepted = await receiver.NextAsync();
        sim.Time.Advance(TimeSpan.FromSeconds(5));
        var inProduction = await receiver.NextAsync();
        var shipped = await receiver.NextAsync();

        foreach (var delivery in new[] { accepted, inProduction, shipped }) delivery.Signature.ShouldBe(ExpectedSignature(delivery.Body));
        var body = JsonNode.Parse(accepted.Body)!;
        body["system"]!.GetValue<string>().ShouldBe("business-central");
        body["company"]!.GetValue<string>().ShouldBe(SimulatorHarness.CompanyId);
        body["externalReference"]!.GetValue<string>().ShouldBe("Q-5001");
        body["erpOrderNumber"]!.GetValue<string>().ShouldBe(created["number"]!.GetValue<string>());
        body["occurredAt"]!.GetValue<string>().ShouldBe("2026-03-02T08:00:00.000Z");
        new[] { accepted, inProduction, shipped }.Select(d => JsonNode.Parse(d.Body)!["status"]!.GetValue<string>())
            .ShouldBe(["Accepted", "InProduction", "Shipped"]);
    }

    [Fact]
    public async Task CancellationOfASapOrderIsPosted()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var sim = await SimulatorHarness.StartAsync(o => (o.WebhookUrl, o.WebhookSecret) = (receiver.Url, Secret));
        var number = await sim.CreateSapOrderAsync("Q-5002");
        await receiver.NextAsync();

        using var _ = await sim.RejectSapItemAsync(number);
        var cancelled = JsonNode.Parse((await receiver.NextAsync()).Body)!;

        cancelled["system"]!.GetValue<string>().ShouldBe("sap-s4");
        cancelled["company"]!.GetValue<string>().ShouldBe("1010");
        cancelled["status"]!.GetValue<string>().ShouldBe("Cancelled");
    }

    [Fact]
    public async Task FailedDeliveryIsRetriedUntilTheReceiverTakesIt()
    {
        await using var receiver = await WebhookReceiver.StartAsync(delivery => delivery <= 2 ? 503 : 200);
        await using var sim = await SimulatorHarness.StartAsync(o =>
            (o.WebhookUrl, o.WebhookSecret, o.WebhookRetryDelay) = (receiver.Url, Secret, TimeSpan.FromMilliseconds(10)));

        await sim.CreateSapOrderAsync("Q-5003");
        var attempts = new[] { await receiver.NextAsync(), await receiver.NextAsync(), await receiver.NextAsync() };

        attempts.Select(a => a.AnsweredStatus).ShouldBe([503, 503, 200]);
        attempts.Select(a => a.Body).Distinct().ShouldHaveSingleItem();
    }

    [Fact]
    public async Task UnreachableReceiverDoesNotStopTheSimulator()
    {
        await using var sim = await SimulatorHarness.StartAsync(o =>
            (o.WebhookUrl, o.WebhookAttempts, o.WebhookRetryDelay) = ("http://127.0.0.1:9/none", 2, TimeSpan.FromMilliseconds(10)));

        await sim.CreateSapOrderAsync("Q-5004");
        sim.Time.Advance(TimeSpan.FromSeconds(5));
        await sim.CreateSapOrderAsync("Q-5005");

        (await sim.Client.GetStringAsync("health")).ShouldBe("Healthy");
        (await sim.ListOrdersAsync()).Select(o => o!["status"]!.GetValue<string>()).ShouldBe(["Shipped", "Accepted"]);
    }

    private static string ExpectedSignature(string body) =>
        "sha256=" + Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes(body))).ToLowerInvariant();
}
