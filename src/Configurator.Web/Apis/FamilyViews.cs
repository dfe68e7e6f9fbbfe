using Configurator.Catalog.Engine;
using Configurator.Catalog.Model;

namespace Configurator.Web.Apis;

public sealed record FamilySummary(string Id, string Name, string Description, Money BasePrice, int GroupCount, int OptionCount);

public sealed record OptionView(string Id, string Name, Money ListPrice, int LeadTimeDays, IReadOnlyDictionary<string, int> Attributes,
    IEnumerable<string>? Regions, DateOnly? EffectiveFrom, DateOnly? EffectiveTo);

public sealed record GroupView(string Id, string Name, SelectionMode Selection, bool Required, int MinCount, int MaxCount, IEnumerable<OptionView> Options);

public sealed record RuleView(string Id, string Description);

/// <summary>A family as the configurator page needs it.</summary>
public sealed record FamilyView(string ModelVersion, string Id, string Name, string Description, Money BasePrice, int BaseLeadTimeDays,
    QuantityRange Quantity, IEnumerable<GroupView> Groups, IEnumerable<RuleView> Rules)
{
    public static FamilyView From(ModelVersion version, CompiledFamily compiled)
    {
        var f = compiled.Family;
        return new FamilyView(version.Value, f.Id, f.Name, f.Description, f.BasePrice, f.BaseLeadTimeDays, f.Quantity,
            f.Groups.Select(g => new GroupView(g.Id, g.Name, g.Selection, g.Required, g.LowerBound, g.MaxCount,
                g.Options.Select(o => new OptionView(o.Id, o.Name, o.ListPrice, o.LeadTimeDays, o.Attributes, o.Regions?.Order(), o.EffectiveFrom, o.EffectiveTo)))),
            f.Constraints.Select(c => new RuleView(c.Id, c.Describe(f))));
    }
}

public sealed record EngineAnswer<T>(string ModelVersion, T Answer);
