using System.Net;

namespace Erp.Tests.Simulator;

/// <summary>Orders age on the simulator's clock: Accepted, InProduction after 2 s, Shipped after 5 s; cancelled orders stop.</summary>
public sealed class StatusProgressionTests
{
    [Fact]
    public async Task SapOrderMovesThroughProductionToDelivery()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        await sim.CreateSapOrderAsync("Q-4001");

        var accepted = await SapStatusAsync(sim, "Q-4001");
        sim.Time.Advance(TimeSpan.FromSeconds(2));
        var inProduction = await SapStatusAsync(sim, "Q-4001");
        sim.Time.Advance(TimeSpan.FromSeconds(3));
        var shipped = await SapStatusAsync(sim, "Q-4001");

        accepted.ShouldBe(("A", "A"));
        inProduction.ShouldBe(("B", "A"));
        shipped.ShouldBe(("C", "C"));
    }

    [Fact]
    public async Task BusinessCentralOrderIsReleasedThenFullyShipped()
    {
        await using var sim = await SimulatorHarness.StartAsync(o => (o.InProductionAfter, o.ShippedAfter) = (TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(10)));
        await sim.CreateBcOrderAsync("Q-4002");

        sim.Time.Advance(TimeSpan.FromSeconds(59));
        var beforeProduction = await BcStatusAsync(sim, "Q-4002");
        sim.Time.Advance(TimeSpan.FromSeconds(1));
        var inProduction = await BcStatusAsync(sim, "Q-4002");
        sim.Time.Advance(TimeSpan.FromMinutes(9));
        var shipped = await BcStatusAsync(sim, "Q-4002");

        beforeProduction.ShouldBe(("Open", false));
        inProduction.ShouldBe(("Released", false));
        shipped.ShouldBe(("Released", true));
    }

    [Fact]
    public async Task CancelledOrderDoesNotMoveOn()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        var number = await sim.CreateSapOrderAsync("Q-4003");
        using var cancel = await sim.RejectSapItemAsync(number);
        cancel.StatusCode.ShouldBe(HttpStatusCode.NoContent);

        sim.Time.Advance(TimeSpan.FromMinutes(5));

        (await sim.ListOrdersAsync()).ShouldHaveSingleItem()!["status"]!.GetValue<string>().ShouldBe("Cancelled");
        (await SapStatusAsync(sim, "Q-4003")).ShouldBe(("C", "A"));
    }

    private static async Task<(string Process, string Delivery)> SapStatusAsync(SimulatorHarness sim, string reference)
    {
        var order = (await sim.GetJsonAsync(SimulatorHarness.SapLookup(reference)))["d"]!["results"]![0]!;
        return (order["OverallSDProcessStatus"]!.GetValue<string>(), order["OverallTotalDeliveryStatus"]!.GetValue<string>());
    }

    private static async Task<(string Status, bool FullyShipped)> BcStatusAsync(SimulatorHarness sim, string reference)
    {
        var order = (await sim.GetJsonAsync(SimulatorHarness.BcLookup(reference)))["value"]![0]!;
        return (order["status"]!.GetValue<string>(), order["fullyShipped"]!.GetValue<bool>());
    }
}
