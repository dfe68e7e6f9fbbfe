using System.Diagnostics;
using Configurator.Catalog.Engine;
using Configurator.Catalog.Pricing;

namespace Configurator.Benchmarks;

/// <summary>
/// Times every single configure call (BenchmarkDotNet reports per-iteration means, which hide
/// the tail) and prints median and p99 per family and stage, plus the baseline's median.
/// </summary>
internal static class LatencyRun
{
    public static async Task RunAsync(int calls)
    {
        var workload = await ReferenceWorkload.LoadAsync();
        var engine = new ConfigurationEngine(ListPriceCalculator.Instance);
        Console.WriteLine($"{"family",-22} {"stage",-15} {"nodes",7} {"median µs",10} {"p99 µs",9} {"max µs",9} {"baseline median µs",19} {"speed-up",9}");
        foreach (var family in workload.Model.Families)
        {
            var baseline = new PlainRulesEngineBaseline(family.Family);
            foreach (var stage in Enum.GetValues<SelectionStage>())
            {
                var request = workload.Request(family.Family.Id, stage);
                var engineTimes = Measure(calls, () => engine.Configure(workload.Model, family, request));
                var baselineTimes = Measure(Math.Max(50, calls / 100), () => baseline.AvailableOptionsAsync(request).GetAwaiter().GetResult());
                var median = Percentile(engineTimes, 0.5);
                var baselineMedian = Percentile(baselineTimes, 0.5);
                Console.WriteLine($"{family.Family.Id,-22} {stage,-15} {family.DiagramSize,7} {median,10:0.0} {Percentile(engineTimes, 0.99),9:0.0} {engineTimes[^1],9:0.0} {baselineMedian,19:0.0} {baselineMedian / median,8:0}x");
            }
        }
    }

    private static double[] Measure(int calls, Action call)
    {
        for (var i = 0; i < Math.Min(calls, 500); i++) call(); // warm-up: JIT tiers, caches
        var times = new double[calls];
        for (var i = 0; i < calls; i++)
        {
            var start = Stopwatch.GetTimestamp();
            call();
            times[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }
        Array.Sort(times);
        return times;
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)(p * sorted.Length))];
}
