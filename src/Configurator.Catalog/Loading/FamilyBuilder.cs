using Configurator.Catalog.Model;

namespace Configurator.Catalog.Loading;

/// <summary>Turns a schema-valid family document into the domain model, checking what a schema cannot: ids and references.</summary>
internal static class FamilyBuilder
{
    public static ProductFamily? Build(string file, FamilyDocument doc, List<ModelError> errors)
    {
        var before = errors.Count;
        void Error(string path, string message) => errors.Add(new ModelError(file, path, message));

        var optionIds = new HashSet<string>(StringComparer.Ordinal);
        var groupIds = new HashSet<string>(StringComparer.Ordinal);
        var attributes = new HashSet<string>(StringComparer.Ordinal);
        var groups = new List<OptionGroup>();
        for (var g = 0; g < doc.Groups.Length; g++)
        {
            var group = doc.Groups[g];
            var at = $"$.groups[{g}]";
            if (!groupIds.Add(group.Id)) Error(at + ".id", $"Group id '{group.Id}' is used twice.");
            var single = group.Selection == "single";
            var max = group.MaxCount ?? (single ? 1 : group.Options.Length);
            var min = group.MinCount ?? (group.Required ? 1 : 0);
            if (single && max != 1) Error(at + ".maxCount", "A single-select group takes at most 1 option.");
            if (min > max) Error(at + ".minCount", $"minCount {min} is above maxCount {max}.");
            if (group.Required && min > group.Options.Length) Error(at + ".minCount", $"minCount {min} is more than the group's {group.Options.Length} options.");

            var options = new List<ProductOption>();
            for (var o = 0; o < group.Options.Length; o++)
            {
                var option = group.Options[o];
                var oat = $"{at}.options[{o}]";
                if (!optionIds.Add(option.Id)) Error(oat + ".id", $"Option id '{option.Id}' is used twice in this family.");
                if (option.EffectiveFrom > option.EffectiveTo) Error(oat + ".effectiveTo", "effectiveTo is before effectiveFrom.");
                if (option.Attributes is { } attrs) attributes.UnionWith(attrs.Keys);
                options.Add(new ProductOption(option.Id, option.Name, group.Id,
                    new Money(option.ListPrice, doc.Currency), new Money(option.Cost, doc.Currency), option.LeadTimeDays,
                    option.Attributes ?? [], option.Regions?.ToHashSet(StringComparer.Ordinal), option.EffectiveFrom, option.EffectiveTo,
                    Bom(option.Bom)));
            }
            groups.Add(new OptionGroup(group.Id, group.Name, single ? SelectionMode.Single : SelectionMode.Multi,
                group.Required, min, max, group.DisplayOrder, options));
        }
        if (doc.Quantity.Min > doc.Quantity.Max) Error("$.quantity.min", "min is above max.");

        var constraints = new List<Constraint>();
        var constraintIds = new HashSet<string>(StringComparer.Ordinal);
        var all = doc.Constraints ?? [];
        for (var c = 0; c < all.Length; c++)
        {
            var d = all[c];
            var at = $"$.constraints[{c}]";
            if (!constraintIds.Add(d.Id)) Error(at + ".id", $"Constraint id '{d.Id}' is used twice.");
            void Known(string? id, string path)
            {
                if (id is not null && !optionIds.Contains(id)) Error(path, $"No option '{id}' in this family.");
            }
            void AllKnown(string[]? ids, string field)
            {
                for (var i = 0; i < (ids?.Length ?? 0); i++) Known(ids![i], $"{at}.{field}[{i}]");
            }
            Known(d.Option, at + ".option");
            AllKnown(d.Requires, "requires");
            AllKnown(d.OneOf, "oneOf");
            AllKnown(d.Excludes, "excludes");
            if (d.Attribute is { } a && !attributes.Contains(a)) Error(at + ".attribute", $"No option has the attribute '{a}'.");
            if (d.CapacityAttribute is { } ca && !attributes.Contains(ca)) Error(at + ".capacityAttribute", $"No option has the attribute '{ca}'.");
            Constraint? built = d.Type switch
            {
                "requires" => new RequiresConstraint(d.Id, d.Message, d.Option!, d.Requires!),
                "requiresOneOf" => new RequiresOneOfConstraint(d.Id, d.Message, d.Option!, d.OneOf!),
                "excludes" => new ExcludesConstraint(d.Id, d.Message, d.Option!, d.Excludes!),
                "resourceLimit" => new ResourceLimitConstraint(d.Id, d.Message, d.Attribute!, d.CapacityAttribute, d.Limit ?? 0),
                "quantityLimit" => new QuantityLimitConstraint(d.Id, d.Message, d.Option!, d.MaxQuantity!.Value),
                _ => null,
            };
            if (built is null) Error(at + ".type", $"Unknown constraint type '{d.Type}'.");
            else constraints.Add(built);
        }

        if (errors.Count > before) return null;
        return new ProductFamily(doc.Id, doc.Name, doc.Description ?? "", doc.Currency,
            new Money(doc.BasePrice, doc.Currency), new Money(doc.BaseCost, doc.Currency), doc.BaseLeadTimeDays,
            new QuantityRange(doc.Quantity.Min, doc.Quantity.Max), Bom(doc.BaseBom), groups, constraints);
    }

    private static BomComponent[] Bom(BomDocument[]? bom) =>
        [.. (bom ?? []).Select(b => new BomComponent(new Sku(b.Sku), b.Quantity, b.Unit))];
}
