using Configurator.Web;

var app = await ConfiguratorApp.CreateAsync(args);
await app.RunAsync();
