namespace Configurator.Catalog.Loading;

// The catalog file shapes, as written in rules/catalog (see docs/product-model.md).

internal sealed record FamilyDocument(
    string Id, string Name, string? Description, string Currency,
    decimal BasePrice, decimal BaseCost, int BaseLeadTimeDays,
    QuantityDocument Quantity, BomDocument[]? BaseBom, GroupDocument[] Groups, ConstraintDocument[]? Constraints);

internal sealed record QuantityDocument(int Min, int Max);

internal sealed record BomDocument(string Sku, decimal Quantity, string Unit);

internal sealed record GroupDocument(
    string Id, string Name, string Selection, bool Required, int? MinCount, int? MaxCount, int DisplayOrder, OptionDocument[] Options);

internal sealed record OptionDocument(
    string Id, string Name, decimal ListPrice, decimal Cost, int LeadTimeDays,
    Dictionary<string, int>? Attributes, string[]? Regions, DateOnly? EffectiveFrom, DateOnly? EffectiveTo, BomDocument[]? Bom);

internal sealed record ConstraintDocument(
    string Id, string Type, string? Message,
    string? Option, string[]? Requires, string[]? OneOf, string[]? Excludes,
    string? Attribute, string? CapacityAttribute, int? Limit, int? MaxQuantity);
