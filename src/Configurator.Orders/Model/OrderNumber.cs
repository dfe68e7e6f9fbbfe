namespace Configurator.Orders.Model;

/// <summary>
/// Our order number, "CO-yyMMdd-XXXXXXXX": the placement date and 40 random bits in Crockford
/// base 32. It is what the ERP stores as the customer's reference (at most 35 characters there),
/// so it never changes; the database's unique index catches the (negligible) collision.
/// </summary>
public readonly record struct OrderNumber
{
    public OrderNumber(string value)
    {
        if (!IsWellFormed(value)) throw new ArgumentException($"'{value}' is not an order number (CO-yyMMdd-XXXXXXXX).", nameof(value));
        Value = value;
    }

    public string Value { get; }

    public static OrderNumber New(DateTimeOffset placedAt) => new($"CO-{placedAt.UtcDateTime:yyMMdd}-{NumberSuffix.New()}");

    public static bool IsWellFormed(string? value) => NumberSuffix.IsWellFormed(value, "CO-");

    public override string ToString() => Value;
}
