using Erp.Simulator.Options;

namespace Erp.Tests.Simulator;

public sealed class SqliteStorageTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"erp-simulator-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task OrdersSurviveARestartAndNumberingGoesOn()
    {
        void UseSqlite(SimulatorOptions o) => (o.Storage, o.SqlitePath) = (StorageKind.Sqlite, _path);
        await using (var first = await SimulatorHarness.StartAsync(UseSqlite))
        {
            await first.CreateSapOrderAsync("Q-7001");
            await first.CreateBcOrderAsync("Q-7002");
        }

        await using var second = await SimulatorHarness.StartAsync(UseSqlite);
        var sapFound = await second.GetJsonAsync(SimulatorHarness.SapLookup("Q-7001"));
        var bcFound = await second.GetJsonAsync(SimulatorHarness.BcLookup("Q-7002"));
        var bcLines = await second.GetJsonAsync($"{SimulatorHarness.BcBase}/salesOrders({bcFound["value"]![0]!["id"]})/salesOrderLines");
        var next = await second.CreateSapOrderAsync("Q-7003");

        sapFound["d"]!["results"]![0]!["SalesOrder"]!.GetValue<string>().ShouldBe("1000001");
        bcFound["value"]![0]!["number"]!.GetValue<string>().ShouldBe("S-ORD101001");
        bcLines["value"]!.AsArray().Count.ShouldBe(2);
        next.ShouldBe("1000002");
    }

    public void Dispose() => File.Delete(_path);
}
