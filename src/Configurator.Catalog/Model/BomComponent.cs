namespace Configurator.Catalog.Model;

/// <summary>One manufacturing component an option (or the base unit) brings: quantity per configured unit.</summary>
public sealed record BomComponent(Sku Sku, decimal Quantity, string Unit);
