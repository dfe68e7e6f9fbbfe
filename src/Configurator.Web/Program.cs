using Configurator.Web;
using Configurator.Web.DataGeneration;

if (GenerateDataCommand.IsRequested(args)) return await GenerateDataCommand.RunAsync(args, Console.Out);

var app = await ConfiguratorApp.CreateAsync(args);
await app.RunAsync();
return 0;
