using Configurator.Catalog.Engine;
using Configurator.Catalog.Model;
using Configurator.Catalog.Pricing;
using Configurator.Catalog.Rules;

namespace Configurator.Tests.Support;

internal static class TestModel
{
    public static ProductModel For(CompiledFamily family, BusinessRuleSet? rules = null) =>
        new(ModelVersion.Of([("test", [1])]), [family], rules ?? BusinessRuleSet.Empty);

    public static ConfigurationResult Configure(this CompiledFamily family, SelectionContext context, params string[] picks) =>
        new ConfigurationEngine(ListPriceCalculator.Instance).Configure(For(family), family, new ConfigurationRequest(picks, context));

    public static OptionState State(this ConfigurationResult result, string optionId) =>
        result.Options.Single(o => o.OptionId == optionId);
}
