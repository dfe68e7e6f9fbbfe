using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Configurator.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Configurator.IntegrationTests.Support;

/// <summary>
/// The real host on a free loopback port, over real HTTP, with its own database
/// (a SQLite file, or a fresh PostgreSQL database) and its own copy of rules/.
/// </summary>
public sealed class RunningApp : IAsyncDisposable
{
    public const string PostgresVariable = "CONFIGURATOR_TEST_POSTGRES";

    private readonly string _folder;
    private readonly string[] _args;
    private readonly IReadOnlyDictionary<string, string> _headers;
    private readonly Action<WebApplicationBuilder>? _configure;
    private WebApplication _app;

    private RunningApp(WebApplication app, string folder, string rulesPath, string[] args, IReadOnlyDictionary<string, string> headers,
        Action<WebApplicationBuilder>? configure, HttpClient client)
    {
        _configure = configure;
        _app = app;
        _folder = folder;
        _args = args;
        _headers = headers;
        RulesPath = rulesPath;
        Client = client;
    }

    public HttpClient Client { get; private set; }
    public string RulesPath { get; }
    public IServiceProvider Services => _app.Services;

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static Task<RunningApp> StartAsync(Database database = Database.Sqlite, params string[] settings) =>
        StartAsync(database, new Dictionary<string, string>(), settings);

    /// <summary>Starts the app; <paramref name="headers"/> go with every request of <see cref="Client"/> (an API key, say).</summary>
    public static Task<RunningApp> StartAsync(Database database, IReadOnlyDictionary<string, string> headers, params string[] settings) =>
        StartAsync(database, headers, null, settings);

    /// <summary>Starts the app; <paramref name="configure"/> changes its services before it is built (a clock, say).</summary>
    public static async Task<RunningApp> StartAsync(Database database, IReadOnlyDictionary<string, string> headers,
        Action<WebApplicationBuilder>? configure, params string[] settings)
    {
        var folder = Path.Combine(Path.GetTempPath(), "configurator-app-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var rules = Repository.CopyRules();
        var args = new List<string>
        {
            "--urls=http://127.0.0.1:0",
            $"--contentRoot={folder}",
            $"--Catalog:RulesPath={rules}",
            "--Catalog:ReloadDelayMilliseconds=100",
            "--Logging:LogLevel:Default=Warning",
            "--ErpSimulator:InProcess=false",
        };
        args.AddRange(database switch
        {
            Database.Sqlite => ["--Database:Provider=Sqlite", $"--Database:ConnectionString=Data Source={Path.Combine(folder, "test.db")}"],
            Database.PostgreSql => ["--Database:Provider=PostgreSql", $"--Database:ConnectionString={PostgresConnection()}"],
            _ => throw new ArgumentOutOfRangeException(nameof(database)),
        });
        args.AddRange(settings.Select(s => "--" + s));

        var (app, client) = await LaunchAsync([.. args], headers, configure);
        return new RunningApp(app, folder, rules, [.. args], headers, configure, client);
    }

    /// <summary>Stops the app and starts it again on the same database and rules, as after a crash or a deployment.</summary>
    public async Task RestartAsync(bool graceful = true)
    {
        Client.Dispose();
        if (graceful) await _app.StopAsync();
        else await _app.StopAsync(new CancellationToken(canceled: true));
        await _app.DisposeAsync();
        (_app, Client) = await LaunchAsync(_args, _headers, _configure);
    }

    private static async Task<(WebApplication, HttpClient)> LaunchAsync(string[] args, IReadOnlyDictionary<string, string> headers,
        Action<WebApplicationBuilder>? configure)
    {
        var app = await ConfiguratorApp.CreateAsync(args, configure);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        var client = new HttpClient { BaseAddress = new Uri(address) };
        foreach (var (name, value) in headers) client.DefaultRequestHeaders.Add(name, value);
        return (app, client);
    }

    /// <summary>A client of its own, for calls made as someone else (another API key, or none).</summary>
    public HttpClient ClientWith(params (string Name, string Value)[] headers)
    {
        var client = new HttpClient { BaseAddress = Client.BaseAddress };
        foreach (var (name, value) in headers) client.DefaultRequestHeaders.Add(name, value);
        return client;
    }

    private static string PostgresConnection()
    {
        var server = Environment.GetEnvironmentVariable(PostgresVariable)
            ?? throw new InvalidOperationException($"{PostgresVariable} is not set: run the tests through ./test.sh, which starts PostgreSQL.");
        return new Npgsql.NpgsqlConnectionStringBuilder(server) { Database = $"configurator_{Guid.NewGuid():N}" }.ConnectionString;
    }

    public async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await Client.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>(Json);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        TryDelete(_folder);
        TryDelete(RulesPath);
    }

    private static void TryDelete(string folder)
    {
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }
}

public enum Database { Sqlite, PostgreSql }
