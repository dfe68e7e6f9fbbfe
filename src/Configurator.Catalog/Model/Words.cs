namespace Configurator.Catalog.Model;

/// <summary>Joins names into an English list for generated messages.</summary>
internal static class Words
{
    public static string And(IEnumerable<string> items) => Join(items, "and");
    public static string Or(IEnumerable<string> items) => Join(items, "or");

    private static string Join(IEnumerable<string> items, string conjunction)
    {
        var list = items.ToList();
        return list.Count switch
        {
            0 => "",
            1 => list[0],
            _ => $"{string.Join(", ", list[..^1])} {conjunction} {list[^1]}",
        };
    }
}
