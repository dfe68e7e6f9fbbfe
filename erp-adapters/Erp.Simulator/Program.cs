using Erp.Simulator.Hosting;

var app = SimulatorApp.Create(args);
await app.RunAsync();
