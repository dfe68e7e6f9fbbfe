namespace Configurator.Catalog.Model;

/// <summary>
/// Who is configuring, where it ships and when: options not sold in the region, not
/// effective on the date, or limited below the quantity are unavailable.
/// </summary>
public sealed record SelectionContext(string Region, DateOnly Date, int Quantity, string Segment)
{
    public static readonly IReadOnlySet<string> Regions =
        new HashSet<string>(["NA", "LATAM", "EU", "UK", "MEA", "APAC", "CN", "IN", "JP"]);

    public static readonly IReadOnlySet<string> Segments =
        new HashSet<string>(["consumer", "smallBusiness", "enterprise", "publicSector"]);
}
