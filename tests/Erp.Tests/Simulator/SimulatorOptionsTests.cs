using Erp.Simulator.Hosting;
using Erp.Simulator.Options;
using Microsoft.Extensions.Options;

namespace Erp.Tests.Simulator;

public sealed class SimulatorOptionsTests
{
    [Fact]
    public void DefaultsAreThoseTheDocsPromise()
    {
        var options = new SimulatorOptions();

        options.Storage.ShouldBe(StorageKind.Memory);
        options.SqlitePath.ShouldBe("erp-simulator.db");
        options.InProductionAfter.ShouldBe(TimeSpan.FromSeconds(2));
        options.ShippedAfter.ShouldBe(TimeSpan.FromSeconds(5));
        options.AdvanceInterval.ShouldBe(TimeSpan.FromMilliseconds(200));
        options.WebhookUrl.ShouldBeNull();
        options.WebhookAttempts.ShouldBe(4);
        options.WebhookRetryDelay.ShouldBe(TimeSpan.FromMilliseconds(500));
        options.CsrfTokenLifetime.ShouldBe(TimeSpan.FromMinutes(30));
        options.Faults.ShouldBe(new FaultOptions
        {
            LatencyMs = 0, ServerErrorRate = 0, ThrottleRate = 0, DropAfterCommitRate = 0, TimeoutRate = 0,
            TimeoutDelay = TimeSpan.FromSeconds(30), Seed = 12345,
        });
    }

    [Fact]
    public async Task InvalidFaultRateStopsTheStart()
    {
        var options = new SimulatorOptions { Faults = new FaultOptions { ThrottleRate = 2 } };

        var failure = await Should.ThrowAsync<OptionsValidationException>(() => ErpSimulatorServer.StartAsync(options));

        failure.Message.ShouldContain("ThrottleRate");
    }

    [Fact]
    public async Task ShippingBeforeProductionStopsTheStart()
    {
        var options = new SimulatorOptions { InProductionAfter = TimeSpan.FromSeconds(10), ShippedAfter = TimeSpan.FromSeconds(5) };

        await Should.ThrowAsync<OptionsValidationException>(() => ErpSimulatorServer.StartAsync(options));
    }

    [Fact]
    public async Task InProcessServerReportsTheBoundLoopbackPort()
    {
        await using var server = await ErpSimulatorServer.StartAsync(new SimulatorOptions());
        using var client = new HttpClient { BaseAddress = server.BaseAddress };

        server.BaseAddress.Host.ShouldBe("127.0.0.1");
        server.BaseAddress.Port.ShouldNotBe(0);
        (await client.GetStringAsync("health")).ShouldBe("Healthy");
    }
}
