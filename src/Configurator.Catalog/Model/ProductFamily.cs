using System.Collections.Frozen;

namespace Configurator.Catalog.Model;

/// <summary>A configurable product: base unit, option groups in display order, structural constraints.</summary>
public sealed class ProductFamily
{
    private readonly FrozenDictionary<string, ProductOption> _options;
    private readonly FrozenDictionary<string, OptionGroup> _groups;

    public ProductFamily(
        string id, string name, string description, string currency,
        Money basePrice, Money baseCost, int baseLeadTimeDays, QuantityRange quantity,
        IReadOnlyList<BomComponent> baseBom, IReadOnlyList<OptionGroup> groups, IReadOnlyList<Constraint> constraints)
    {
        Id = id; Name = name; Description = description; Currency = currency;
        BasePrice = basePrice; BaseCost = baseCost; BaseLeadTimeDays = baseLeadTimeDays; Quantity = quantity;
        BaseBom = baseBom;
        Groups = [.. groups.OrderBy(g => g.DisplayOrder)];
        Constraints = constraints;
        Options = [.. Groups.SelectMany(g => g.Options)];
        _options = Options.ToFrozenDictionary(o => o.Id, StringComparer.Ordinal);
        _groups = Groups.ToFrozenDictionary(g => g.Id, StringComparer.Ordinal);
    }

    public string Id { get; }
    public string Name { get; }
    public string Description { get; }
    public string Currency { get; }
    public Money BasePrice { get; }
    public Money BaseCost { get; }
    public int BaseLeadTimeDays { get; }
    public QuantityRange Quantity { get; }
    public IReadOnlyList<BomComponent> BaseBom { get; }
    public IReadOnlyList<OptionGroup> Groups { get; }
    public IReadOnlyList<Constraint> Constraints { get; }

    /// <summary>Every option, group by group in display order; the engine's variable order.</summary>
    public IReadOnlyList<ProductOption> Options { get; }

    public bool TryGetOption(string id, out ProductOption option) => _options.TryGetValue(id, out option!);

    public ProductOption Option(string id) =>
        _options.TryGetValue(id, out var option) ? option : throw new KeyNotFoundException($"Family {Id} has no option {id}.");

    public OptionGroup Group(string id) => _groups[id];

    public string NameOf(string optionId) => _options.TryGetValue(optionId, out var o) ? o.Name : optionId;
}
