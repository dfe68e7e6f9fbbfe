namespace Configurator.Crm.Analysis;

/// <summary>
/// A metric as numerator ÷ denominator, kept with both parts so a report can show "12 of 40".
/// When the denominator is zero the value is null and <see cref="UndefinedReason"/> says why (never NaN).
/// </summary>
public sealed record Ratio(decimal? Value, decimal Numerator, int Denominator, string? UndefinedReason = null)
{
    public static Ratio Of(decimal numerator, int denominator, string reasonWhenEmpty) =>
        denominator == 0 ? new(null, numerator, 0, reasonWhenEmpty) : new(numerator / denominator, numerator, denominator);

    public static Ratio Undefined(string reason) => new(null, 0m, 0, reason);
}
