using BenchmarkDotNet.Running;
using Configurator.Benchmarks;

// "latency" measures every single call (median, p99); anything else goes to BenchmarkDotNet.
if (args is ["latency", ..])
{
    await LatencyRun.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20_000);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(ConfigureBenchmarks).Assembly).Run(args);
