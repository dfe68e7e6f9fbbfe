using Configurator.Catalog.Engine;
using Configurator.Tests.Support;
using CsCheck;

namespace Configurator.Tests.Engine;

public class ConflictResolutionTests
{
    private static TestFamily Tower() => new TestFamily()
        .Single("psu", true,
            new("psu-300", 0) { Name = "PSU 300 W", Attributes = new() { ["capacityW"] = 300 } },
            new("psu-500", 60) { Name = "PSU 500 W", Attributes = new() { ["capacityW"] = 500 } },
            new("psu-750", 120) { Name = "PSU 750 W", Attributes = new() { ["capacityW"] = 750 } })
        .Single("cpu", true, new TestOption("cpu", 0) { Attributes = new() { ["drawW"] = 200 } })
        .Multi("gpu", false, 0, 1, new TestOption("gpu-a4000", 900) { Name = "GPU A4000", Attributes = new() { ["drawW"] = 140 } })
        .ResourceLimit("drawW", "capacityW");

    [Fact]
    public void AddingAHungryGpuSuggestsTheCheapestBiggerPowerSupplyFirst()
    {
        var result = new ConflictResolver().Resolve(Tower().Compile(),
            new ConfigurationRequest(["psu-300", "cpu"], Contexts.Na()), "gpu-a4000");

        result.Resolutions.Count.ShouldBe(2);
        var first = result.Resolutions[0];
        first.Remove.ShouldBe(["psu-300"]);
        first.Add.ShouldBe(["psu-500", "gpu-a4000"], ignoreOrder: true);
        first.PriceChange.ShouldBe(960);
        first.Description.ShouldBe("To add GPU A4000, change PSU 300 W to PSU 500 W.");
        result.Resolutions[1].Add.ShouldContain("psu-750");
        result.Resolutions[1].PriceChange.ShouldBe(1020);
    }

    [Fact]
    public void AnOptionThatAlreadyFitsNeedsNoChange()
    {
        var result = new ConflictResolver().Resolve(Tower().Compile(),
            new ConfigurationRequest(["psu-750"], Contexts.Na()), "gpu-a4000");

        result.Resolutions[0].Remove.ShouldBeEmpty();
        result.Resolutions[0].Description.ShouldBe("To add GPU A4000, no other change is needed.");
    }

    [Fact]
    public void ResolutionsRemoveAsFewPicksAsEnumerationSaysIsPossible()
    {
        Gen.Int[0, 1_000_000].Sample(seed =>
        {
            var (builder, ids) = RandomFamilies.Create(seed);
            var context = RandomFamilies.Context(seed);
            var family = builder.BuildFamily();
            var all = new BruteForce(family, context);
            var accepted = Oracle.Accepted(all, RandomFamilies.Picks(seed, ids));
            var target = ids[seed % ids.Length];

            var result = new ConflictResolver().Resolve(builder.Compile(), new ConfigurationRequest([.. accepted], context), target);

            var keeping = all.Valid.Where(c => c.Contains(target))
                .Select(c => accepted.Count(p => p != target && !c.Contains(p))).DefaultIfEmpty(-1).Min();
            if (keeping < 0) { result.Resolutions.ShouldBeEmpty(); result.Reasons.ShouldNotBeEmpty(); return; }
            result.Resolutions.ShouldNotBeEmpty();
            foreach (var resolution in result.Resolutions)
            {
                resolution.Remove.Count.ShouldBe(keeping);
                var kept = accepted.Except(resolution.Remove).Append(target).Concat(resolution.Add);
                all.Containing(kept).ShouldNotBeEmpty();
            }
            result.Resolutions.Select(r => r.PriceChange).ShouldBeInOrder();
        }, iter: PropertyRuns.Or(300));
    }
}
