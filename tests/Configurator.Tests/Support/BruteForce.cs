using Configurator.Catalog.Model;

namespace Configurator.Tests.Support;

/// <summary>
/// The oracle: enumerates every subset of a small family's options and checks each rule
/// directly from its definition, independently of the compiled engine.
/// </summary>
internal sealed class BruteForce
{
    private readonly ProductFamily _family;
    private readonly SelectionContext _context;

    public BruteForce(ProductFamily family, SelectionContext context)
    {
        if (family.Options.Count > 20) throw new ArgumentException("Too many options to enumerate.");
        _family = family;
        _context = context;
        Valid = [.. Enumerate().Where(IsValid)];
    }

    /// <summary>Every valid complete configuration, as sets of option ids.</summary>
    public IReadOnlyList<HashSet<string>> Valid { get; }

    public IEnumerable<HashSet<string>> Containing(IEnumerable<string> picks) =>
        Valid.Where(c => picks.All(c.Contains));

    private IEnumerable<HashSet<string>> Enumerate()
    {
        var options = _family.Options;
        for (var mask = 0L; mask < 1L << options.Count; mask++)
            yield return [.. options.Where((_, i) => (mask & (1L << i)) != 0).Select(o => o.Id)];
    }

    public bool IsValid(HashSet<string> config)
    {
        foreach (var id in config)
        {
            var o = _family.Option(id);
            if (!o.IsSoldIn(_context.Region) || !o.IsEffectiveOn(_context.Date)) return false;
        }
        foreach (var g in _family.Groups)
        {
            var count = g.Options.Count(o => config.Contains(o.Id));
            if (count > g.MaxCount || count < g.LowerBound) return false;
        }
        foreach (var c in _family.Constraints)
        {
            var ok = c switch
            {
                RequiresConstraint r => !config.Contains(r.Option) || r.Required.All(config.Contains),
                RequiresOneOfConstraint r => !config.Contains(r.Option) || r.OneOf.Any(config.Contains),
                ExcludesConstraint e => !config.Contains(e.Option) || !e.Excluded.Any(config.Contains),
                ResourceLimitConstraint l => config.Sum(id => _family.Option(id).Attribute(l.Attribute))
                    <= config.Sum(id => l.CapacityAttribute is null ? 0 : _family.Option(id).Attribute(l.CapacityAttribute)) + l.Limit,
                QuantityLimitConstraint q => !config.Contains(q.Option) || _context.Quantity <= q.MaxQuantity,
                _ => throw new InvalidOperationException(),
            };
            if (!ok) return false;
        }
        return true;
    }

    public decimal Price(HashSet<string> config) => config.Sum(id => _family.Option(id).ListPrice.Amount);

    public int LeadTime(HashSet<string> config) => config.Select(id => _family.Option(id).LeadTimeDays).DefaultIfEmpty(0).Max();
}
