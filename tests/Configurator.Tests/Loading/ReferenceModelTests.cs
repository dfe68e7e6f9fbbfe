using Configurator.Catalog.Engine;
using Configurator.Catalog.Loading;
using Configurator.Catalog.Model;
using Configurator.Catalog.Pricing;
using Configurator.Tests.Support;

namespace Configurator.Tests.Loading;

/// <summary>The shipped reference model: loads, is as large as promised, and has no dead options.</summary>
public class ReferenceModelTests
{
    private static readonly Lazy<Task<ProductModel>> Model = new(async () =>
    {
        var result = await ModelLoader.LoadAsync(RulesFolder.Repository);
        result.Errors.ShouldBeEmpty();
        return result.Model!;
    });

    [Fact]
    public async Task HasAtLeast30Groups300OptionsAnd200Constraints()
    {
        var model = await Model.Value;

        model.Families.Select(f => f.Family.Id).ShouldBe(["business-laptop", "desktop-workstation", "rack-server"], ignoreOrder: true);
        model.Families.Sum(f => f.Family.Groups.Count).ShouldBeGreaterThanOrEqualTo(30);
        model.Families.Sum(f => f.Family.Options.Count).ShouldBeGreaterThanOrEqualTo(300);
        model.Families.Sum(f => f.Family.Constraints.Count).ShouldBeGreaterThanOrEqualTo(200);
        model.BusinessRules.Rules.Count().ShouldBeGreaterThanOrEqualTo(10);
    }

    [Fact]
    public async Task EveryFamilyHasACheapestCompleteConfigurationInNorthAmerica()
    {
        var model = await Model.Value;
        var engine = new ConfigurationEngine(ListPriceCalculator.Instance);
        foreach (var family in model.Families)
        {
            var completion = new CompletionFinder(ListPriceCalculator.Instance)
                .Complete(family, new ConfigurationRequest([], Contexts.Na()), CompletionObjective.Cheapest);
            completion.Options.ShouldNotBeNull(family.Family.Id);

            var check = engine.Configure(model, family, new ConfigurationRequest(completion.Options, Contexts.Na()));
            check.IsComplete.ShouldBeTrue(family.Family.Id);
            check.Conflicts.ShouldBeEmpty();
        }
    }

    [Fact]
    public async Task EveryOptionIsSelectableSomewhereAndSomeTime()
    {
        var model = await Model.Value;
        var engine = new ConfigurationEngine(ListPriceCalculator.Instance);
        foreach (var family in model.Families)
        {
            var dead = family.Family.Options.Select(o => o.Id).ToHashSet();
            foreach (var region in SelectionContext.Regions)
                foreach (var date in new[] { new DateOnly(2026, 1, 15), Contexts.Today, new DateOnly(2027, 9, 1) })
                {
                    var result = engine.Configure(model, family, new ConfigurationRequest([], new SelectionContext(region, date, 1, "enterprise")));
                    dead.ExceptWith(result.Options.Where(o => o.Availability != OptionAvailability.Excluded).Select(o => o.OptionId));
                }
            dead.ShouldBeEmpty(family.Family.Id);
        }
    }
}
