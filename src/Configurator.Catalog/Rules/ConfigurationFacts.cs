using Configurator.Catalog.Model;

namespace Configurator.Catalog.Rules;

/// <summary>
/// What a business rule sees of a configuration, as <c>config</c> in its expression.
/// Members are documented in docs/product-model.md; keep the two in step.
/// </summary>
public sealed class ConfigurationFacts
{
    private readonly HashSet<string> _options;
    private readonly IReadOnlyList<ProductOption> _picked;

    public ConfigurationFacts(ProductFamily family, IReadOnlyList<ProductOption> picked, SelectionContext context, decimal unitPrice)
    {
        _picked = picked;
        _options = new HashSet<string>(picked.Select(o => o.Id), StringComparer.Ordinal);
        Family = family.Id;
        Region = context.Region;
        Segment = context.Segment;
        Quantity = context.Quantity;
        UnitPrice = unitPrice;
    }

    public string Family { get; }
    public string Region { get; }
    public string Segment { get; }
    public int Quantity { get; }
    public decimal UnitPrice { get; }
    public decimal TotalPrice => UnitPrice * Quantity;

    public bool Has(string optionId) => _options.Contains(optionId);

    public bool HasAny(params string[] optionIds) => optionIds.Any(_options.Contains);

    public int InGroup(string groupId) => _picked.Count(o => o.GroupId == groupId);

    public int Sum(string attribute) => _picked.Sum(o => o.Attribute(attribute));
}
