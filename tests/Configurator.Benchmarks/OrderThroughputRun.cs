using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Configurator.Web;
using Erp.Simulator.Hosting;
using Erp.Simulator.Options;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Configurator.Benchmarks;

/// <summary>
/// A bounded load run of the order flow on loopback: the app on SQLite, the ERP simulator at zero
/// latency and without faults, N orders placed over HTTP by C concurrent clients. Measures orders per
/// second from the first placement until every order is AcceptedByErp (or further), and placement latency.
/// </summary>
internal static class OrderThroughputRun
{
    private const string OperationsKey = "load-run-operations-key-000000001";

    public static async Task RunAsync(int orders, int concurrency, IEnumerable<string> settings)
    {
        var folder = Path.Combine(Path.GetTempPath(), "configurator-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        await using var simulator = await ErpSimulatorServer.StartAsync(new SimulatorOptions
        {
            InProductionAfter = TimeSpan.FromHours(1),
            ShippedAfter = TimeSpan.FromHours(2),
        });
        var root = simulator.BaseAddress.ToString().TrimEnd('/');
        var app = await ConfiguratorApp.CreateAsync(
        [
            "--urls=http://127.0.0.1:0", $"--contentRoot={folder}", $"--Catalog:RulesPath={Configurator.Testing.RepositoryRoot.Rules}",
            "--Logging:LogLevel:Default=Warning", "--ErpSimulator:InProcess=false", "--Database:Provider=Sqlite",
            $"--Database:ConnectionString=Data Source={Path.Combine(folder, "bench.db")}",
            $"--Erp:SapS4:BaseAddress={root}/", $"--Erp:BusinessCentral:BaseAddress={root}/",
            "--ApiLimits:PermitsPerWindow=1000000", "--Orders:StatusPollInterval=01:00:00",
            $"--Security:ApiKeys:0:Key={OperationsKey}", "--Security:ApiKeys:0:Name=load-run", "--Security:ApiKeys:0:Roles:0=operations",
            .. settings.Select(s => "--" + s),
        ]);
        await app.StartAsync();
        try
        {
            var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
            using var client = new HttpClient { BaseAddress = new Uri(address) };
            client.DefaultRequestHeaders.Add("X-Api-Key", OperationsKey);
            string[] configurations = [await SaveAsync(client, "business-laptop", "NA"), await SaveAsync(client, "business-laptop", "EU")];

            var placementTimes = new double[orders];
            var next = -1;
            var clock = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
            {
                int i;
                while ((i = Interlocked.Increment(ref next)) < orders)
                {
                    var started = Stopwatch.GetTimestamp();
                    using var response = await client.PostAsJsonAsync("/api/orders", Body(configurations[i % 2], i % 2 == 0 ? "US" : "DE"));
                    response.EnsureSuccessStatusCode();
                    placementTimes[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                }
            }));
            var placed = clock.Elapsed;
            while (await AcceptedAsync(client) < orders)
            {
                if (clock.Elapsed > TimeSpan.FromMinutes(5)) throw new TimeoutException("Orders did not all reach the ERP within 5 minutes.");
                await Task.Delay(50);
            }
            var accepted = clock.Elapsed;

            Array.Sort(placementTimes);
            Console.WriteLine($"orders: {orders}, concurrent clients: {concurrency}, {Environment.ProcessorCount} logical processors");
            Console.WriteLine($"all placed after {placed.TotalSeconds:0.00} s ({orders / placed.TotalSeconds:0} placements/s); " +
                $"placement latency median {placementTimes[orders / 2]:0.0} ms, p99 {placementTimes[(int)(orders * 0.99)]:0.0} ms");
            Console.WriteLine($"all AcceptedByErp after {accepted.TotalSeconds:0.00} s: {orders / accepted.TotalSeconds:0} orders/s from placement to AcceptedByErp");
            Console.WriteLine($"ERP orders created: {(await new HttpClient { BaseAddress = simulator.BaseAddress }.GetFromJsonAsync<JsonElement>("/simulator/orders")).GetArrayLength()}");
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private static async Task<string> SaveAsync(HttpClient client, string familyId, string region)
    {
        var completed = await client.PostAsJsonAsync($"/api/families/{familyId}/complete", new { region, segment = "smallBusiness" });
        var picks = (await completed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("answer").GetProperty("options").EnumerateArray().Select(o => o.GetString()).ToArray();
        var saved = await client.PostAsJsonAsync("/api/configurations", new { familyId, picks, region, segment = "smallBusiness" });
        saved.EnsureSuccessStatusCode();
        return (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("configuration").GetProperty("id").GetString()!;
    }

    private static object Body(string configurationId, string country) => new
    {
        configurationId,
        quantity = 1,
        customerNumber = "C-BENCH",
        shipTo = new { name = "Bench Co", street = "1 Load Street", city = "Loopback", postalCode = "12345", country },
        requestedDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)).ToString("yyyy-MM-dd"),
    };

    /// <summary>Orders the ERP has: accepted, or already further on.</summary>
    private static async Task<int> AcceptedAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/orders/counts")).EnumerateObject()
            .Where(p => p.Name is "acceptedByErp" or "inProduction" or "shipped").Sum(p => p.Value.GetInt32());
}
