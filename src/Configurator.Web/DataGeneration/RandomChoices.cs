namespace Configurator.Web.DataGeneration;

/// <summary>The few draws the generator needs, all from one seeded <see cref="Random"/> so a seed repeats a run.</summary>
internal static class RandomChoices
{
    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public static T Pick<T>(this Random random, IReadOnlyList<T> items, Func<T, double> weight)
    {
        var total = items.Sum(weight);
        var target = random.NextDouble() * total;
        foreach (var item in items)
        {
            target -= weight(item);
            if (target < 0) return item;
        }
        return items[^1];
    }

    /// <summary>A Poisson count (Knuth's method; the means here are small).</summary>
    public static int Poisson(this Random random, double mean)
    {
        var limit = Math.Exp(-mean);
        var count = 0;
        for (var product = random.NextDouble(); product > limit; product *= random.NextDouble()) count++;
        return count;
    }

    public static DateTimeOffset Between(this Random random, DateTimeOffset from, DateTimeOffset to) =>
        to <= from ? from : from + TimeSpan.FromSeconds(Math.Floor(random.NextDouble() * (to - from).TotalSeconds));

    /// <summary>A value spread evenly on a log scale, for sizes that span orders of magnitude (employees, quantities).</summary>
    public static int LogUniform(this Random random, int min, int max) =>
        (int)Math.Round(Math.Exp(Math.Log(min) + random.NextDouble() * (Math.Log(max) - Math.Log(min))));

    public static double Between(this Random random, double min, double max) => min + random.NextDouble() * (max - min);
}
