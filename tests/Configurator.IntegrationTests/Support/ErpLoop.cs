using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Erp.Simulator.Hosting;
using Erp.Simulator.Options;

namespace Configurator.IntegrationTests.Support;

/// <summary>
/// The whole loop on loopback: the ERP simulator as its own server, and the app pointed at it
/// through the real SAP and Business Central adapters. The simulator outlives app restarts.
/// </summary>
public sealed class ErpLoop : IAsyncDisposable
{
    private ErpLoop(ErpSimulatorServer simulator, RunningApp app)
    {
        Simulator = simulator;
        App = app;
    }

    /// <summary>Staff keys of the loop's app: the app's own client acts as operations.</summary>
    public const string ManagerKey = "test-sales-manager-key-0000000001";
    public const string OperationsKey = "test-operations-key-00000000000001";

    public ErpSimulatorServer Simulator { get; }
    public RunningApp App { get; }
    public HttpClient Client => App.Client;

    public static Task<ErpLoop> StartAsync(Database database = Database.Sqlite, SimulatorOptions? simulatorOptions = null, params string[] settings) =>
        StartAsync(database, simulatorOptions, null, settings);

    /// <summary>Starts the loop; <paramref name="configure"/> changes the app's services before it is built.</summary>
    public static async Task<ErpLoop> StartAsync(Database database, SimulatorOptions? simulatorOptions, Action<Microsoft.AspNetCore.Builder.WebApplicationBuilder>? configure,
        params string[] settings)
    {
        var simulator = await ErpSimulatorServer.StartAsync(simulatorOptions ?? FastSimulator());
        var root = simulator.BaseAddress.ToString().TrimEnd('/');
        var app = await RunningApp.StartAsync(database, new Dictionary<string, string> { ["X-Api-Key"] = OperationsKey }, configure,
        [
            $"Security:ApiKeys:0:Key={ManagerKey}", "Security:ApiKeys:0:Name=test-manager", "Security:ApiKeys:0:Roles:0=sales-manager",
            $"Security:ApiKeys:1:Key={OperationsKey}", "Security:ApiKeys:1:Name=test-operations", "Security:ApiKeys:1:Roles:0=operations",
            $"Erp:SapS4:BaseAddress={root}/",
            $"Erp:BusinessCentral:BaseAddress={root}/",
            "Orders:StatusPollInterval=00:00:00.200",
            "Orders:FirstRetryDelay=00:00:00.050",
            "Orders:MaxRetryDelay=00:00:01",
            "Orders:WebhookSecret=test-webhook-secret",
            "ApiLimits:PermitsPerWindow=100000",
            .. settings,
        ]);
        return new ErpLoop(simulator, app);
    }

    /// <summary>A client acting as the sales manager.</summary>
    public HttpClient Manager() => App.ClientWith(("X-Api-Key", ManagerKey));

    /// <summary>The key <see cref="StartWithSalesRepAsync"/> adds: a sales rep named test-rep.</summary>
    public const string SalesRepKey = "test-sales-rep-key-000000000000009";

    /// <summary>The loop with a third staff key, a sales rep's, for the customer database.</summary>
    public static Task<ErpLoop> StartWithSalesRepAsync(Database database = Database.Sqlite) => StartAsync(database, null,
        $"Security:ApiKeys:2:Key={SalesRepKey}", "Security:ApiKeys:2:Name=test-rep", "Security:ApiKeys:2:Roles:0=sales-rep");

    /// <summary>A client acting as the sales rep of <see cref="StartWithSalesRepAsync"/>.</summary>
    public HttpClient SalesRep() => App.ClientWith(("X-Api-Key", SalesRepKey));

    /// <summary>Orders move on quickly, so a test sees them shipped within a second or two.</summary>
    public static SimulatorOptions FastSimulator() => new()
    {
        InProductionAfter = TimeSpan.FromMilliseconds(300),
        ShippedAfter = TimeSpan.FromMilliseconds(600),
        AdvanceInterval = TimeSpan.FromMilliseconds(50),
    };

    /// <summary>Saves the cheapest complete configuration of a family and returns its id.</summary>
    public async Task<string> SaveConfigurationAsync(string familyId, string region = "NA", string segment = "smallBusiness", int quantity = 1)
    {
        var completed = await Client.PostAsJsonAsync($"/api/families/{familyId}/complete", new { region, segment, quantity });
        completed.EnsureSuccessStatusCode();
        var picks = (await completed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("answer").GetProperty("options")
            .EnumerateArray().Select(o => o.GetString()!).ToArray();
        var saved = await Client.PostAsJsonAsync("/api/configurations", new { familyId, picks, region, segment, quantity });
        saved.StatusCode.ShouldBe(HttpStatusCode.Created);
        return (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("configuration").GetProperty("id").GetString()!;
    }

    public static object OrderBody(string configurationId, int quantity = 1, string country = "US", string customer = "C-1000") => new
    {
        configurationId,
        quantity,
        customerNumber = customer,
        shipTo = new { name = "Contoso Ltd", street = "1 Main Street", city = "Springfield", postalCode = "12345", country },
        requestedDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)).ToString("yyyy-MM-dd"),
    };

    public async Task<JsonElement> PlaceAsync(object body, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/orders") { Content = JsonContent.Create(body) };
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        using var response = await Client.SendAsync(request);
        response.StatusCode.ShouldBeOneOf(HttpStatusCode.Created, HttpStatusCode.OK);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Polls the order until it reaches the state; fails with the last state and timeline when it does not.</summary>
    public async Task<JsonElement> WaitForStateAsync(string orderId, string state, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(30));
        JsonElement order;
        do
        {
            order = await App.GetJsonAsync($"/api/orders/{orderId}");
            if (order.GetProperty("state").GetString() == state) return order;
            await Task.Delay(100);
        }
        while (DateTime.UtcNow < deadline);
        var timeline = await App.GetJsonAsync($"/api/orders/{orderId}/timeline");
        throw new Xunit.Sdk.XunitException($"Order {orderId} is {order.GetProperty("state")}, not {state}. Timeline: {timeline}");
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Simulator.DisposeAsync();
    }
}
