using Erp.Simulator;
using Erp.Simulator.Options;

// Standalone: `dotnet run --project erp-adapters/Erp.Simulator` serves http://127.0.0.1:5081 (appsettings.json).
var builder = WebApplication.CreateBuilder(args);
var options = builder.Configuration.GetSection(SimulatorOptions.Section).Get<SimulatorOptions>() ?? new SimulatorOptions();
var app = ErpSimulatorServer.Build(builder, options);
app.Lifetime.ApplicationStarted.Register(() =>
{
    foreach (var url in app.Urls) Console.WriteLine($"ERP simulator is running on {url} (orders: {url.TrimEnd('/')}/simulator/orders)");
});
await app.RunAsync();
