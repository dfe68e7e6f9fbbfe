using Configurator.Catalog.Engine;
using Configurator.Catalog.Pricing;
using Configurator.Tests.Support;
using CsCheck;

namespace Configurator.Tests.Engine;

public class CompletionTests
{
    private static CompletionResult Complete(TestFamily family, Catalog.Model.SelectionContext context, string[] picks, CompletionObjective objective) =>
        new CompletionFinder(ListPriceCalculator.Instance).Complete(family.Compile(), new ConfigurationRequest(picks, context), objective);

    [Fact]
    public void CheapestCompletionMatchesTheCheapestEnumeratedConfiguration()
    {
        Gen.Int[0, 1_000_000].Sample(seed =>
        {
            var (builder, ids) = RandomFamilies.Create(seed);
            var context = RandomFamilies.Context(seed);
            var all = new BruteForce(builder.BuildFamily(), context);
            var accepted = Oracle.Accepted(all, RandomFamilies.Picks(seed, ids));
            var cheapest = all.Containing(accepted).Select(all.Price).DefaultIfEmpty(-1).Min();

            var result = Complete(builder, context, [.. accepted], CompletionObjective.Cheapest);

            if (cheapest < 0) { result.Options.ShouldBeNull(); return; }
            var chosen = result.Options!.ToHashSet();
            all.IsValid(chosen).ShouldBeTrue();
            accepted.ShouldBeSubsetOf(chosen);
            all.Price(chosen).ShouldBe(cheapest);
        }, iter: PropertyRuns.Or(300));
    }

    [Fact]
    public void FastestCompletionHasTheShortestLeadTimeThenTheLowestPrice()
    {
        Gen.Int[0, 1_000_000].Sample(seed =>
        {
            var (builder, ids) = RandomFamilies.Create(seed);
            var context = RandomFamilies.Context(seed);
            var all = new BruteForce(builder.BuildFamily(), context);
            var accepted = Oracle.Accepted(all, RandomFamilies.Picks(seed, ids));
            var candidates = all.Containing(accepted).ToList();

            var result = Complete(builder, context, [.. accepted], CompletionObjective.Fastest);

            if (candidates.Count == 0) { result.Options.ShouldBeNull(); return; }
            var fastest = candidates.Min(all.LeadTime);
            var chosen = result.Options!.ToHashSet();
            all.IsValid(chosen).ShouldBeTrue();
            all.LeadTime(chosen).ShouldBe(fastest);
            all.Price(chosen).ShouldBe(candidates.Where(c => all.LeadTime(c) == fastest).Min(all.Price));
        }, iter: PropertyRuns.Or(300));
    }

    [Fact]
    public void CheapestCompletionFillsRequiredGroupsWithTheCheapestFittingParts()
    {
        var family = new TestFamily()
            .Single("cpu", true, new("fast", 300), new("slow", 100))
            .Single("cooler", true, new("big", 80), new("small", 20))
            .Requires("fast", "big");

        var result = Complete(family, Contexts.Na(2), ["fast"], CompletionObjective.Cheapest);

        result.Options.ShouldBe(["fast", "big"], ignoreOrder: true);
        result.Added.ShouldBe(["big"]);
        result.Price!.UnitPrice.Amount.ShouldBe(100 + 300 + 80);
        result.Price.Total.Amount.ShouldBe(2 * 480);
    }
}
