using System.Collections.Frozen;
using Configurator.Catalog.Engine;
using Configurator.Catalog.Rules;

namespace Configurator.Catalog.Model;

/// <summary>One loaded, validated and compiled version of everything in rules/.</summary>
public sealed class ProductModel
{
    private readonly FrozenDictionary<string, CompiledFamily> _families;

    public ProductModel(ModelVersion version, IReadOnlyList<CompiledFamily> families, BusinessRuleSet businessRules)
    {
        Version = version;
        Families = families;
        BusinessRules = businessRules;
        _families = families.ToFrozenDictionary(f => f.Family.Id, StringComparer.Ordinal);
    }

    public ModelVersion Version { get; }
    public IReadOnlyList<CompiledFamily> Families { get; }
    public BusinessRuleSet BusinessRules { get; }

    public bool TryGetFamily(string id, out CompiledFamily family) => _families.TryGetValue(id, out family!);
}
