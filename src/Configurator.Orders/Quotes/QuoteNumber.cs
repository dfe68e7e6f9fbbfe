using Configurator.Orders.Model;

namespace Configurator.Orders.Quotes;

/// <summary>Our quote number, "QT-yyMMdd-XXXXXXXX": the issue date and 40 random bits, like order numbers.</summary>
public readonly record struct QuoteNumber
{
    public QuoteNumber(string value)
    {
        if (!IsWellFormed(value)) throw new ArgumentException($"'{value}' is not a quote number (QT-yyMMdd-XXXXXXXX).", nameof(value));
        Value = value;
    }

    public string Value { get; }

    public static QuoteNumber New(DateTimeOffset issuedAt) => new($"QT-{issuedAt.UtcDateTime:yyMMdd}-{NumberSuffix.New()}");

    public static bool IsWellFormed(string? value) => NumberSuffix.IsWellFormed(value, "QT-");

    public override string ToString() => Value;
}
