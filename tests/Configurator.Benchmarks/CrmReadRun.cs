using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Configurator.Crm.Analysis;
using Configurator.Web;
using Configurator.Web.DataGeneration;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Configurator.Benchmarks;

/// <summary>
/// A bounded run of the sales desk's reads and quoting on a generated database: `generate-data` fills a fresh SQLite
/// file with N customers over eight quarters, then one client calls each endpoint over HTTP on loopback, in turn over
/// the key accounts, and the run prints median and p99 per endpoint.
/// </summary>
internal static class CrmReadRun
{
    private const string RepKey = "load-run-sales-rep-key-0000000001";
    private const string ManagerKey = "load-run-sales-manager-key-00001";

    public static async Task RunAsync(int customers, int calls)
    {
        var folder = Path.Combine(Path.GetTempPath(), "configurator-crm-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        string[] host =
        [
            "--urls=http://127.0.0.1:0", $"--contentRoot={folder}", $"--Catalog:RulesPath={Configurator.Testing.RepositoryRoot.Rules}",
            "--Logging:LogLevel:Default=Warning", "--ErpSimulator:InProcess=false", "--Database:Provider=Sqlite",
            $"--Database:ConnectionString=Data Source={Path.Combine(folder, "bench.db")}",
            "--ApiLimits:PermitsPerWindow=1000000", "--Orders:StatusPollInterval=01:00:00",
            $"--Security:ApiKeys:0:Key={RepKey}", "--Security:ApiKeys:0:Name=load-rep", "--Security:ApiKeys:0:Roles:0=sales-rep",
            $"--Security:ApiKeys:1:Key={ManagerKey}", "--Security:ApiKeys:1:Name=load-manager", "--Security:ApiKeys:1:Roles:0=sales-manager",
        ];
        var generation = Stopwatch.StartNew();
        var exit = await GenerateDataCommand.RunAsync(["generate-data", "--customers", $"{customers}", "--quarters", "8", .. host], TextWriter.Null);
        if (exit != GenerateDataCommand.Succeeded) throw new InvalidOperationException($"generate-data exited with {exit}.");
        Console.WriteLine($"generate-data: {customers} customers over 8 quarters in {generation.Elapsed.TotalSeconds:0.0} s (including the host's start)");

        var app = await ConfiguratorApp.CreateAsync(host);
        await app.StartAsync();
        try
        {
            var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
            using var rep = new HttpClient { BaseAddress = new Uri(address) };
            rep.DefaultRequestHeaders.Add("X-Api-Key", RepKey);
            using var manager = new HttpClient { BaseAddress = new Uri(address) };
            manager.DefaultRequestHeaders.Add("X-Api-Key", ManagerKey);
            var accounts = await KeyAccountsAsync(rep, customers);
            var configurations = await ConfigurationsAsync(app.Services, accounts);
            var lastQuarter = Quarter.From(DateOnly.FromDateTime(DateTime.UtcNow)).Previous;
            Console.WriteLine($"{accounts.Count} key accounts; {calls} calls per endpoint, one client, {Environment.ProcessorCount} logical processors");
            Console.WriteLine($"{"endpoint",-44} {"median ms",10} {"p99 ms",8}");

            await TimeAsync("GET customer (key account)", calls, i => rep.GetAsync($"/api/customers/{accounts[i % accounts.Count]}"));
            await TimeAsync("GET timeline", calls, i => rep.GetAsync($"/api/customers/{accounts[i % accounts.Count]}/timeline"));
            await TimeAsync("GET profile", calls, i => rep.GetAsync($"/api/customers/{accounts[i % accounts.Count]}/profile"));
            await TimeAsync("GET usual (business laptop)", calls, i => rep.GetAsync($"/api/customers/{accounts[i % accounts.Count]}/usual/business-laptop"));
            await TimeAsync("GET recommendations (business laptop)", calls,
                i => rep.GetAsync($"/api/customers/{accounts[i % accounts.Count]}/recommendations/business-laptop"));
            await TimeAsync("GET lifetime value", calls, i => rep.GetAsync($"/api/customers/{accounts[i % accounts.Count]}/lifetime-value"));
            await TimeAsync("GET lifecycle", calls, i => rep.GetAsync($"/api/customers/{accounts[i % accounts.Count]}/lifecycle"));
            await TimeAsync("GET metrics, 8 quarters", Math.Max(10, calls / 10), _ => rep.GetAsync($"/api/metrics?from={lastQuarter.Previous.Previous.Previous.Previous.Previous.Previous}&to={lastQuarter.Next}"));
            await TimeAsync($"GET RAD snapshots {lastQuarter}", calls, _ => rep.GetAsync($"/api/rad/{lastQuarter}"));
            await TimeAsync($"POST RAD run {lastQuarter} (all key accounts)", Math.Max(5, calls / 20), _ => manager.PostAsync($"/api/rad/{lastQuarter}/run", null));
            await TimeAsync("POST quote (issue)", calls, i => rep.PostAsJsonAsync("/api/quotes", new
            {
                customerNumber = accounts[i % accounts.Count], configurationId = configurations[i % configurations.Count], repDiscountPercent = 5,
            }));
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    private static async Task TimeAsync(string name, int calls, Func<int, Task<HttpResponseMessage>> call)
    {
        for (var i = 0; i < Math.Min(10, calls); i++) (await call(i)).Dispose(); // warm-up
        var times = new double[calls];
        for (var i = 0; i < calls; i++)
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await call(i);
            response.EnsureSuccessStatusCode();
            times[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }
        Array.Sort(times);
        Console.WriteLine($"{name,-44} {times[calls / 2],10:0.00} {times[Math.Min(calls - 1, (int)(calls * 0.99))],8:0.00}");
    }

    /// <summary>The generated key accounts: every key account's number, read through the customers API.</summary>
    private static async Task<List<string>> KeyAccountsAsync(HttpClient rep, int customers)
    {
        var accounts = new List<string>();
        for (var n = GenerateDataCommand.FirstCustomerNumber; n < GenerateDataCommand.FirstCustomerNumber + customers; n++)
        {
            var customer = await rep.GetFromJsonAsync<JsonElement>($"/api/customers/C-{n}");
            if (customer.GetProperty("keyAccount").ValueKind == JsonValueKind.Object) accounts.Add($"C-{n}");
        }
        return accounts;
    }

    /// <summary>Saved configurations of the business laptop to quote from, read from the database through the repository's context.</summary>
    private static async Task<List<Guid>> ConfigurationsAsync(IServiceProvider services, IReadOnlyCollection<string> accounts)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Configurator.Data.ConfiguratorDbContext>();
        return await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            db.Configurations.Where(c => c.FamilyId == "business-laptop" && c.IsOrderable).OrderBy(c => c.Id).Select(c => c.Id).Take(200));
    }
}
