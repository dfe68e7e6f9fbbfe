namespace Configurator.Crm;

/// <summary>A customer's number, shared with the ERPs: 1 to 10 upper-case letters, digits or dashes (SAP's sold-to party has 10).</summary>
public readonly record struct CustomerNumber
{
    public CustomerNumber(string value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > 10 || !value.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '-'))
            throw new ArgumentException($"'{value}' is not a customer number (1 to 10 upper-case letters, digits or dashes).", nameof(value));
        Value = value;
    }

    public string Value { get; }

    public override string ToString() => Value;
}
