using BenchmarkDotNet.Running;
using Configurator.Benchmarks;

// "latency" measures every single call (median, p99); "orders" is the order flow's load run; "crm" times the sales
// desk's reads and quoting on a generated database;
// anything else goes to BenchmarkDotNet.
if (args is ["latency", ..])
{
    await LatencyRun.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20_000);
    return;
}
if (args is ["orders", ..])
{
    var count = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 2_000;
    var clients = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 16;
    await OrderThroughputRun.RunAsync(count, clients, args.Skip(3)); // further arguments are settings, e.g. Orders:WorkflowConcurrency=8
    return;
}
if (args is ["crm", ..])
{
    var customers = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 60;
    var calls = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 200;
    await CrmReadRun.RunAsync(customers, calls);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(ConfigureBenchmarks).Assembly).Run(args);
