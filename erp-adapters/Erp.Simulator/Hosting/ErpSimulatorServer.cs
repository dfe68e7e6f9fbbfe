using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Erp.Simulator.Faults;
using Erp.Simulator.Options;
using Erp.Simulator.Storage;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;

namespace Erp.Simulator.Hosting;

/// <summary>
/// The simulator started inside another process (the Configurator web app, tests): its own Kestrel on loopback,
/// built by <see cref="SimulatorApp"/> like the standalone run, with the options given here instead of configuration.
/// </summary>
public sealed class ErpSimulatorServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ErpSimulatorServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    /// <summary>The bound address, port resolved, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The fault settings in force; <see cref="FaultSettings.Replace"/> changes them at run time.</summary>
    public FaultSettings Faults => _app.Services.GetRequiredService<FaultSettings>();

    public SimulatorStats Stats => _app.Services.GetRequiredService<SimulatorStats>();

    public IOrderStore Orders => _app.Services.GetRequiredService<IOrderStore>();

    public IServiceProvider Services => _app.Services;

    public static Task<ErpSimulatorServer> StartAsync(SimulatorOptions options, string url = "http://127.0.0.1:0", CancellationToken ct = default) =>
        StartAsync(options, TimeProvider.System, url, ct);

    /// <summary>As <see cref="StartAsync(SimulatorOptions, string, CancellationToken)"/>, with the clock orders age by (a test's fake one).</summary>
    public static async Task<ErpSimulatorServer> StartAsync(SimulatorOptions options, TimeProvider time, string url = "http://127.0.0.1:0",
        CancellationToken ct = default)
    {
        var app = SimulatorApp.Create([], builder =>
        {
            // Only the options given here count, not the host process's appsettings or environment.
            builder.Configuration.Sources.Clear();
            builder.Configuration.AddJsonStream(AsConfiguration(options));
            builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
            builder.WebHost.UseUrls(url);
            builder.Services.AddSingleton(time);
        });
        try
        {
            await app.StartAsync(ct);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new ErpSimulatorServer(app, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>The options as a "Simulator" configuration section, so they go through the same binding and validation.</summary>
    private static MemoryStream AsConfiguration(SimulatorOptions options)
    {
        var json = JsonSerializer.Serialize(new Dictionary<string, SimulatorOptions> { [SimulatorOptions.Section] = options }, new JsonSerializerOptions
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Converters = { new JsonStringEnumConverter() },
        });
        return new MemoryStream(Encoding.UTF8.GetBytes(json));
    }
}
