using System.Security.Cryptography;

namespace Configurator.Orders.Model;

/// <summary>
/// Our order number, "CO-yyMMdd-XXXXXXXX": the placement date and 40 random bits in Crockford
/// base 32. It is what the ERP stores as the customer's reference (at most 35 characters there),
/// so it never changes; the database's unique index catches the (negligible) collision.
/// </summary>
public readonly record struct OrderNumber
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public OrderNumber(string value)
    {
        if (!IsWellFormed(value)) throw new ArgumentException($"'{value}' is not an order number (CO-yyMMdd-XXXXXXXX).", nameof(value));
        Value = value;
    }

    public string Value { get; }

    public static OrderNumber New(DateTimeOffset placedAt)
    {
        Span<byte> random = stackalloc byte[5];
        RandomNumberGenerator.Fill(random);
        var bits = ((ulong)random[0] << 32) | ((ulong)random[1] << 24) | ((ulong)random[2] << 16) | ((ulong)random[3] << 8) | random[4];
        Span<char> suffix = stackalloc char[8];
        for (var i = 7; i >= 0; i--, bits >>= 5) suffix[i] = Alphabet[(int)(bits & 31)];
        return new OrderNumber($"CO-{placedAt.UtcDateTime:yyMMdd}-{suffix}");
    }

    public static bool IsWellFormed(string? value) =>
        value is { Length: 18 } && value.StartsWith("CO-", StringComparison.Ordinal) && value[9] == '-'
        && value.AsSpan(3, 6).IndexOfAnyExceptInRange('0', '9') < 0
        && value.AsSpan(10).IndexOfAnyExcept(Alphabet) < 0;

    public override string ToString() => Value;
}
