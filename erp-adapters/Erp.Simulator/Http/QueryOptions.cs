namespace Erp.Simulator.Http;

/// <summary>The OData system query options a request carries, checked against those an endpoint supports.</summary>
public sealed record QueryOptions(string? Filter, int? Top)
{
    /// <summary>Null with an explanation when an option is unsupported or malformed.</summary>
    public static QueryOptions? Read(IQueryCollection query, IReadOnlySet<string> supported, out string error)
    {
        error = "";
        foreach (var key in query.Keys.Where(k => k.StartsWith('$')))
        {
            if (supported.Contains(key)) continue;
            error = $"The query option '{key}' is not supported by the simulator.";
            return null;
        }
        int? top = null;
        if (query.TryGetValue("$top", out var topText))
        {
            if (!int.TryParse(topText, out var parsed) || parsed < 0)
            {
                error = $"The value '{topText}' of $top is not a non-negative integer.";
                return null;
            }
            top = parsed;
        }
        return new QueryOptions(query.TryGetValue("$filter", out var filter) ? filter.ToString() : null, top);
    }

    public IEnumerable<T> Apply<T>(IEnumerable<T> items) => Top is { } top ? items.Take(top) : items;
}
