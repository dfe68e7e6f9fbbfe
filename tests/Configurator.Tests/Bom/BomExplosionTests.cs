using Configurator.Catalog.Bom;
using Configurator.Catalog.Loading;
using Configurator.Catalog.Model;
using Configurator.Tests.Support;

namespace Configurator.Tests.Bom;

public class BomExplosionTests
{
    private static ProductOption Option(string id, params BomComponent[] bom) =>
        new(id, id, "g", new Money(10, "USD"), new Money(5, "USD"), 0, new Dictionary<string, int>(), null, null, null, bom);

    private static BomComponent Part(string sku, decimal quantity, string unit = "EA") => new(new Sku(sku), quantity, unit);

    private static ProductFamily Family(params BomComponent[] baseBom) =>
        new("f", "F", "", "USD", new Money(100, "USD"), new Money(50, "USD"), 1, new QuantityRange(1, 100), baseBom, [], []);

    [Fact]
    public void ComponentsAreMultipliedByTheOrderQuantityAndMergedPerSkuAndUnit()
    {
        var family = Family(Part("CHASSIS-T", 1), Part("SCREW-M3", 8));
        var options = new[]
        {
            Option("mem-2x16", Part("DIMM-16G", 2)),
            Option("mem-upgrade", Part("DIMM-16G", 2), Part("SCREW-M3", 2)),
            Option("cable", Part("CABLE-C13", 1.8m, "M")),
        };

        var lines = BomExplosion.Explode(family, options, quantity: 3, plant: "P100");

        lines.Select(l => (l.Sku.Value, l.Quantity, l.Unit)).ShouldBe(
        [
            ("CABLE-C13", 5.4m, "M"),
            ("CHASSIS-T", 3m, "EA"),
            ("DIMM-16G", 12m, "EA"),
            ("SCREW-M3", 30m, "EA"),
        ]);
        lines.Single(l => l.Sku.Value == "SCREW-M3").Sources.ShouldBe(["base", "mem-upgrade"]);
        lines.ShouldAllBe(l => l.Plant == "P100");
    }

    [Fact]
    public void SameSkuInDifferentUnitsStaysOnSeparateLines()
    {
        var lines = BomExplosion.Explode(Family(Part("CABLE-X", 2, "EA")), [Option("o", Part("CABLE-X", 1.5m, "M"))], 1, "P1");

        lines.Count.ShouldBe(2);
    }

    [Fact]
    public void QuantityBelowOneIsRefused()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => BomExplosion.Explode(Family(), [], 0, "P1"));
    }

    [Fact]
    public async Task EveryReferenceConfigurationExplodesIntoBomLines()
    {
        var model = (await ModelLoader.LoadAsync(RulesFolder.Repository)).Model!;
        foreach (var family in model.Families)
        {
            var completion = new Catalog.Engine.CompletionFinder(Catalog.Pricing.ListPriceCalculator.Instance)
                .Complete(family, new Catalog.Engine.ConfigurationRequest([], Contexts.Na()), Catalog.Engine.CompletionObjective.Cheapest);
            var options = completion.Options!.Select(family.Family.Option).ToArray();

            var lines = BomExplosion.Explode(family.Family, options, 2, "P100");

            lines.ShouldNotBeEmpty();
            lines.Sum(l => l.Quantity).ShouldBe(2 * (family.Family.BaseBom.Sum(c => c.Quantity) + options.Sum(o => o.Bom.Sum(c => c.Quantity))));
        }
    }
}
