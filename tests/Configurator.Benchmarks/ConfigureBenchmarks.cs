using BenchmarkDotNet.Attributes;
using Configurator.Catalog.Engine;
using Configurator.Catalog.Pricing;
using Configurator.Catalog.Rules;

namespace Configurator.Benchmarks;

/// <summary>
/// The configure call on the reference model at three stages, business-rule validation of one
/// configuration, and the plain-RulesEngine baseline deciding validity and availability.
/// </summary>
[MemoryDiagnoser]
public class ConfigureBenchmarks
{
    private ReferenceWorkload _workload = null!;
    private ConfigurationEngine _engine = null!;
    private CompiledFamily _family = null!;
    private ConfigurationRequest _request = null!;
    private ConfigurationFacts _facts = null!;
    private PlainRulesEngineBaseline _baseline = null!;

    [Params("business-laptop", "desktop-workstation", "rack-server")]
    public string Family { get; set; } = "";

    [Params(SelectionStage.Empty, SelectionStage.Half, SelectionStage.NearlyComplete)]
    public SelectionStage Stage { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _workload = ReferenceWorkload.LoadAsync().GetAwaiter().GetResult();
        _engine = new ConfigurationEngine(ListPriceCalculator.Instance);
        _family = _workload.Family(Family);
        _request = _workload.Request(Family, Stage);
        var picked = _request.Picks.Select(_family.Family.Option).ToArray();
        _facts = new ConfigurationFacts(_family.Family, picked, _request.Context, 1000m);
        _baseline = new PlainRulesEngineBaseline(_family.Family);
    }

    [Benchmark(Description = "configure")]
    public ConfigurationResult Configure() => _engine.Configure(_workload.Model, _family, _request);

    [Benchmark(Description = "business rules, one configuration")]
    public IReadOnlyList<BusinessRuleResult> BusinessRules() => _workload.Model.BusinessRules.Evaluate(_facts);

    [Benchmark(Description = "baseline: plain RulesEngine validity + availability")]
    public int Baseline() => _baseline.AvailableOptionsAsync(_request).GetAwaiter().GetResult();
}
