namespace Configurator.Catalog.Model;

/// <summary>One choosable module of a family. Prices are per configured unit, in the family currency.</summary>
public sealed record ProductOption(
    string Id,
    string Name,
    string GroupId,
    Money ListPrice,
    Money Cost,
    int LeadTimeDays,
    IReadOnlyDictionary<string, int> Attributes,
    IReadOnlySet<string>? Regions,
    DateOnly? EffectiveFrom,
    DateOnly? EffectiveTo,
    IReadOnlyList<BomComponent> Bom)
{
    public int Attribute(string name) => Attributes.TryGetValue(name, out var value) ? value : 0;

    public bool IsSoldIn(string region) => Regions is null || Regions.Contains(region);

    public bool IsEffectiveOn(DateOnly date) =>
        (EffectiveFrom is null || date >= EffectiveFrom) && (EffectiveTo is null || date <= EffectiveTo);
}
