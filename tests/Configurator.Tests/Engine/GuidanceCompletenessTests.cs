using Configurator.Catalog.Engine;
using Configurator.Tests.Support;
using CsCheck;

namespace Configurator.Tests.Engine;

/// <summary>
/// No dead ends: an option shown selectable has a valid completion containing it, one shown
/// excluded has none, checked against brute-force enumeration.
/// </summary>
public class GuidanceCompletenessTests
{
    private static TestFamily Workstation() => new TestFamily("workstation")
        .Single("chassis", true, new("tower", 100), new("compact", 50))
        .Single("psu", true,
            new("psu-300", 0) { Attributes = new() { ["capacityW"] = 300 } },
            new("psu-500", 60) { Attributes = new() { ["capacityW"] = 500 } },
            new("psu-750", 120) { Attributes = new() { ["capacityW"] = 750 } })
        .Single("cpu", true,
            new("cpu-65w", 0) { Attributes = new() { ["drawW"] = 65 } },
            new("cpu-125w", 200) { Attributes = new() { ["drawW"] = 125 } })
        .Multi("gpu", false, 0, 2,
            new("gpu-t400", 150) { Attributes = new() { ["drawW"] = 50 } },
            new("gpu-a4000", 900, 10) { Attributes = new() { ["drawW"] = 140 } },
            new("gpu-a6000", 3000, 20) { Attributes = new() { ["drawW"] = 300 }, Regions = ["NA", "EU"] })
        .Multi("software", false, 0, 3, new("office", 200), new("antivirus", 50), new("linux-tools", 0))
        .Single("os", true, new("windows", 150), new("linux", 0))
        .ResourceLimit("drawW", "capacityW", 0, "Total power draw must not exceed the power supply's capacity.")
        .Requires("psu-750", "tower")
        .Excludes("compact", "gpu-a6000")
        .Excludes("linux", "office")
        .Requires("linux-tools", "linux")
        .RequiresOneOf("gpu-a6000", "cpu-125w");

    public static TheoryData<string[]> Selections => new()
    {
        Array.Empty<string>(),
        new[] { "gpu-a4000" },
        new[] { "compact" },
        new[] { "compact", "gpu-a4000" },
        new[] { "psu-300", "gpu-t400" },
        new[] { "linux", "tower", "gpu-a6000" },
        new[] { "gpu-a6000", "gpu-a4000" },
        new[] { "office", "linux-tools" },
        new[] { "psu-500", "cpu-125w", "gpu-t400", "windows" },
    };

    [Theory]
    [MemberData(nameof(Selections))]
    public void EveryOptionStatusMatchesEnumeration(string[] picks)
    {
        AssertMatchesOracle(Workstation(), Contexts.Na(), picks);
    }

    [Theory]
    [MemberData(nameof(Selections))]
    public void EveryOptionStatusMatchesEnumerationInARegionWithFewerParts(string[] picks)
    {
        AssertMatchesOracle(Workstation(), Contexts.In("APAC"), picks);
    }

    [Fact]
    public void RandomFamiliesNeverShowADeadEnd()
    {
        Gen.Int[0, 1_000_000].Sample(seed =>
        {
            var (family, ids) = RandomFamilies.Create(seed);
            AssertMatchesOracle(family, RandomFamilies.Context(seed), RandomFamilies.Picks(seed, ids));
        }, iter: PropertyRuns.Or(400));
    }

    private static void AssertMatchesOracle(TestFamily builder, Catalog.Model.SelectionContext context, string[] picks)
    {
        var family = builder.BuildFamily();
        var compiled = builder.Compile();
        var all = new BruteForce(family, context);
        var accepted = Oracle.Accepted(all, picks);

        var result = compiled.Configure(context, picks);

        result.Selected.ShouldBe(accepted);
        result.Conflicts.Select(c => c.OptionId).ShouldBe(picks.Except(accepted));
        foreach (var option in family.Options)
        {
            var state = result.State(option.Id);
            state.Availability.ShouldBe(Oracle.Availability(family, all, accepted, option.Id),
                $"{option.Id} with picks [{string.Join(", ", picks)}] in {context.Region}");
            if (state.Availability == OptionAvailability.Excluded) state.Reasons.ShouldNotBeEmpty();
        }
        var completions = all.Containing(accepted).ToList();
        result.IsComplete.ShouldBe(completions.Any(c => c.SetEquals(accepted.Concat(result.Implied))));
    }
}
