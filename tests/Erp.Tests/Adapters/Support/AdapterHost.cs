using Erp.Abstractions;
using Erp.BusinessCentral;
using Erp.SapS4;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Erp.Tests.Adapters.Support;

/// <summary>The adapters wired exactly as an application wires them, pointed at a recording server.</summary>
public sealed class AdapterHost : IDisposable
{
    readonly ServiceProvider _services;

    AdapterHost(ServiceProvider services) => _services = services;

    public IServiceProvider Services => _services;

    /// <summary>Quick retries so retried calls do not slow the tests; everything else at its default unless overridden.</summary>
    public static AdapterHost For(RecordingErpServer server, params (string Key, string Value)[] overrides)
    {
        var settings = new Dictionary<string, string?>
        {
            ["BaseAddress"] = server.BaseAddress.ToString(),
            ["RetryBaseDelay"] = "00:00:00.001",
        };
        foreach (var (key, value) in overrides) settings[key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<TimeProvider>(new FixedTimeProvider(new DateTimeOffset(2026, 2, 20, 23, 30, 0, TimeSpan.Zero)));
        services.AddSapS4Adapter(configuration).AddBusinessCentralAdapter(configuration);
        return new AdapterHost(services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }));
    }

    public IErpAdapter Adapter(string name) => _services.GetServices<IErpAdapter>().Single(a => a.Name == name);

    public void Dispose() => _services.Dispose();
}
