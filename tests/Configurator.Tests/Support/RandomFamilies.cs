using Configurator.Catalog.Model;

namespace Configurator.Tests.Support;

/// <summary>Random small families for property tests: every rule kind, region limits, quantity limits.</summary>
internal static class RandomFamilies
{
    public static (TestFamily Family, string[] OptionIds) Create(int seed)
    {
        var random = new Random(seed);
        var family = new TestFamily($"random-{seed}");
        var ids = new List<string>();
        var groups = random.Next(1, 5);
        for (var g = 0; g < groups && ids.Count < 12; g++)
        {
            var count = random.Next(1, Math.Min(5, 13 - ids.Count));
            var options = Enumerable.Range(0, count).Select(i =>
            {
                var id = $"g{g}o{i}";
                ids.Add(id);
                return new TestOption(id, random.Next(0, 6) * 50, random.Next(0, 4) * 5)
                {
                    Attributes = new Dictionary<string, int> { ["load"] = random.Next(0, 4), ["capacity"] = random.Next(0, 3) * 2 },
                    Regions = random.Next(6) == 0 ? ["EU"] : null,
                };
            }).ToArray();
            var required = random.Next(3) > 0;
            if (random.Next(2) == 0) family.Single($"g{g}", required, options);
            else
            {
                var max = random.Next(1, count + 1);
                family.Multi($"g{g}", required, required ? random.Next(1, max + 1) : 0, max, options);
            }
        }
        string Pick() => ids[random.Next(ids.Count)];
        string[] Some() => [.. Enumerable.Range(0, random.Next(1, 3)).Select(_ => Pick()).Distinct()];
        var constraints = random.Next(0, 6);
        for (var c = 0; c < constraints; c++)
        {
            var option = Pick();
            switch (random.Next(5))
            {
                case 0: family.Requires(option, [.. Some().Where(x => x != option)]); break;
                case 1: family.RequiresOneOf(option, [.. Some().Where(x => x != option).DefaultIfEmpty(Pick())]); break;
                case 2: family.Excludes(option, [.. Some().Where(x => x != option)]); break;
                case 3: family.ResourceLimit("load", "capacity", random.Next(0, 3)); break;
                default: family.QuantityLimit(option, random.Next(1, 4)); break;
            }
        }
        return (family, [.. ids]);
    }

    public static string[] Picks(int seed, string[] ids)
    {
        var random = new Random(seed * 31 + 7);
        return [.. Enumerable.Range(0, random.Next(0, 4)).Select(_ => ids[random.Next(ids.Length)]).Distinct()];
    }

    public static SelectionContext Context(int seed)
    {
        var random = new Random(seed * 17 + 3);
        return new SelectionContext(random.Next(4) == 0 ? "EU" : "NA", Contexts.Today, random.Next(1, 5), "enterprise");
    }
}
