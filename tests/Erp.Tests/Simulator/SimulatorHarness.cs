using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Erp.Simulator.Hosting;
using Erp.Simulator.Options;

namespace Erp.Tests.Simulator;

/// <summary>A real simulator on a loopback port, a fake clock, and a plain HttpClient with a cookie jar talking to it.</summary>
public sealed class SimulatorHarness : IAsyncDisposable
{
    public const string SapBase = "sap/opu/odata/sap/API_SALES_ORDER_SRV";
    public const string CompanyId = "8f3c2a6e-1b2d-4c5e-9f00-123456789abc";
    public const string BcBase = $"api/v2.0/companies({CompanyId})";

    private SimulatorHarness(ErpSimulatorServer server, ManualTimeProvider time)
    {
        Server = server;
        Time = time;
        Client = NewClient();
    }

    public ErpSimulatorServer Server { get; }
    public ManualTimeProvider Time { get; }
    public HttpClient Client { get; }

    public static async Task<SimulatorHarness> StartAsync(Action<SimulatorOptions>? configure = null)
    {
        // A fast loop so webhooks follow the fake clock promptly.
        var options = new SimulatorOptions { AdvanceInterval = TimeSpan.FromMilliseconds(20) };
        configure?.Invoke(options);
        var time = new ManualTimeProvider();
        return new SimulatorHarness(await ErpSimulatorServer.StartAsync(options, time), time);
    }

    /// <summary>A client of its own: a new connection and an empty cookie jar.</summary>
    public HttpClient NewClient(TimeSpan? timeout = null) =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer() })
        {
            BaseAddress = Server.BaseAddress,
            Timeout = timeout ?? TimeSpan.FromSeconds(30),
        };

    public async Task<string> FetchCsrfTokenAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{SapBase}/");
        request.Headers.Add("x-csrf-token", "Fetch");
        using var response = await Client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return response.Headers.GetValues("x-csrf-token").Single();
    }

    public Task<HttpResponseMessage> PostSapOrderAsync(JsonObject order, string? csrfToken) =>
        SendSapAsync(HttpMethod.Post, $"{SapBase}/A_SalesOrder", order, csrfToken);

    public async Task<HttpResponseMessage> SendSapAsync(HttpMethod method, string path, JsonObject body, string? csrfToken, HttpClient? client = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        if (csrfToken is not null) request.Headers.Add("x-csrf-token", csrfToken);
        return await (client ?? Client).SendAsync(request);
    }

    /// <summary>Creates a SAP order through the CSRF handshake and returns its number.</summary>
    public async Task<string> CreateSapOrderAsync(string reference)
    {
        using var response = await PostSapOrderAsync(SapOrders.Valid(reference), await FetchCsrfTokenAsync());
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        return (await ReadJsonAsync(response))["d"]!["SalesOrder"]!.GetValue<string>();
    }

    /// <summary>The adapter's cancel call for one item: PATCH its rejection reason, through the CSRF handshake.</summary>
    public async Task<HttpResponseMessage> RejectSapItemAsync(string salesOrder, string item = "10") =>
        await SendSapAsync(HttpMethod.Patch, $"{SapBase}/A_SalesOrderItem(SalesOrder='{salesOrder}',SalesOrderItem='{item}')",
            new JsonObject { ["SalesDocumentRjcnReason"] = "Z1" }, await FetchCsrfTokenAsync());

    public async Task<JsonObject> CreateBcOrderAsync(string reference)
    {
        using var response = await Client.PostAsJsonAsync($"{BcBase}/salesOrders", BusinessCentralOrders.Valid(reference));
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        return await ReadJsonAsync(response);
    }

    public async Task<JsonObject> GetJsonAsync(string path)
    {
        using var response = await Client.GetAsync(path);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await ReadJsonAsync(response);
    }

    public async Task<JsonArray> ListOrdersAsync() => JsonNode.Parse(await Client.GetStringAsync("simulator/orders"))!.AsArray();

    public static async Task<JsonObject> ReadJsonAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    /// <summary>SAP's lookup URL: quotes doubled, the whole filter URL-encoded.</summary>
    public static string SapLookup(string reference) =>
        $"{SapBase}/A_SalesOrder?$filter={Uri.EscapeDataString($"PurchaseOrderByCustomer eq '{reference.Replace("'", "''")}'")}&$format=json";

    public static string BcLookup(string reference) =>
        $"{BcBase}/salesOrders?$filter={Uri.EscapeDataString($"externalDocumentNumber eq '{reference.Replace("'", "''")}'")}";

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
    }
}
