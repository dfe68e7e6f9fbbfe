using System.Text.Json.Serialization;
using Erp.Simulator.Faults;
using Erp.Simulator.Options;
using Erp.Simulator.Progress;
using Erp.Simulator.Sap;
using Erp.Simulator.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Erp.Simulator.Hosting;

public static class SimulatorExtensions
{
    /// <summary>Options from section "Simulator", storage, the order clock, faults, the advance loop and the webhook sender.</summary>
    public static IHostApplicationBuilder AddErpSimulator(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SimulatorOptions>().Bind(builder.Configuration.GetSection(SimulatorOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SimulatorOptions>, SimulatorOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IOrderStore>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<SimulatorOptions>>().Value;
            return options.Storage == StorageKind.Sqlite ? new SqliteOrderStore(options.SqlitePath) : new MemoryOrderStore();
        });
        services.AddSingleton<WebhookQueue>();
        services.AddSingleton<OrderLifecycle>();
        services.AddSingleton<FaultSettings>();
        services.AddSingleton<SimulatorStats>();
        services.AddSingleton<SapCsrfTokens>();
        services.AddHttpClient(WebhookSender.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(10));
        services.AddHostedService<OrderAdvancer>();
        services.AddHostedService<WebhookSender>();
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddHealthChecks();
        return builder;
    }
}
