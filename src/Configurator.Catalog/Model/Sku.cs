namespace Configurator.Catalog.Model;

/// <summary>A component stock-keeping unit: upper-case letters, digits, dashes, dots; at most 40 characters.</summary>
public readonly record struct Sku
{
    public Sku(string value)
    {
        Guard.Require(!string.IsNullOrWhiteSpace(value) && value.Length <= 40
            && value.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c is '-' or '.' or '_'),
            nameof(value), $"'{value}' is not a SKU (upper-case letters, digits, '-', '.', '_'; at most 40).");
        Value = value;
    }

    public string Value { get; }

    public override string ToString() => Value;
}
