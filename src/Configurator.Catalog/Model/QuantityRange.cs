namespace Configurator.Catalog.Model;

/// <summary>How many units of one configuration an order may hold, inclusive.</summary>
public sealed record QuantityRange(int Min, int Max)
{
    public bool Contains(int quantity) => quantity >= Min && quantity <= Max;
}
