using System.Security.Cryptography;
using Erp.Simulator.Hosting;
using Erp.Simulator.Options;

namespace Configurator.Web.Infrastructure;

/// <summary>
/// The ERP simulator started inside the app (ErpSimulator:InProcess, on by default for the README's
/// run command), so a configured order goes through to Shipped with nothing else running. The adapters
/// are pointed at it and it pushes status to the app's webhook with a secret made up for this run.
/// </summary>
public sealed class InProcessErpSimulator(ErpSimulatorServer server) : IHostedService
{
    public const string Section = "ErpSimulator";

    public ErpSimulatorServer Server { get; } = server;

    public static async Task StartIfEnabledAsync(WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(Section);
        if (!section.GetValue("InProcess", false)) return;

        var options = section.Get<SimulatorOptions>() ?? new SimulatorOptions();
        var appUrl = (builder.Configuration["Urls"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        var secret = builder.Configuration["Orders:WebhookSecret"] ?? Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        if (appUrl is not null && !appUrl.EndsWith(":0", StringComparison.Ordinal) && options.WebhookUrl is null)
        {
            options.WebhookUrl = appUrl.TrimEnd('/') + "/api/erp/webhook";
            options.WebhookSecret = secret;
        }

        var server = await ErpSimulatorServer.StartAsync(options, section["Url"] ?? "http://127.0.0.1:5081");
        var root = server.BaseAddress.ToString().TrimEnd('/');
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{OrderFlowExtensions.ErpSection}:SapS4:BaseAddress"] = $"{root}/",
            [$"{OrderFlowExtensions.ErpSection}:BusinessCentral:BaseAddress"] = $"{root}/",
            ["Orders:WebhookSecret"] = secret,
        });
        builder.Services.AddSingleton(server);
        builder.Services.AddHostedService<InProcessErpSimulator>();
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken) => await Server.DisposeAsync();
}
