namespace Configurator.Catalog.Model;

/// <summary>An amount in one ISO 4217 currency, kept to the cent.</summary>
public readonly record struct Money
{
    public Money(decimal amount, string currency)
    {
        Guard.Require(currency is { Length: 3 } && currency.All(char.IsAsciiLetterUpper), nameof(currency),
            "A currency is a three-letter upper-case ISO 4217 code.");
        Amount = decimal.Round(amount, 2, MidpointRounding.ToEven);
        Currency = currency;
    }

    public decimal Amount { get; }
    public string Currency { get; }

    public static Money Zero(string currency) => new(0m, currency);

    public static Money operator +(Money a, Money b) => new(a.Amount + SameCurrency(a, b).Amount, a.Currency);
    public static Money operator -(Money a, Money b) => new(a.Amount - SameCurrency(a, b).Amount, a.Currency);
    public static Money operator *(Money a, int factor) => new(a.Amount * factor, a.Currency);

    private static Money SameCurrency(Money a, Money b) =>
        a.Currency == b.Currency ? b : throw new InvalidOperationException($"Cannot combine {a.Currency} with {b.Currency}.");

    public override string ToString() => $"{Amount:0.00} {Currency}";
}
