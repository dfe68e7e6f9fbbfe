using System.Globalization;

namespace Erp.SapS4.Wire;

/// <summary>OData v2 literal formats: Edm.Decimal travels as a JSON string, Edm.DateTime as "/Date(ms since 1970 UTC)/".</summary>
public static class ODataV2Values
{
    public static string Date(DateOnly date) =>
        $"/Date({new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeMilliseconds()})/";

    /// <summary>A quantity, without trailing zeros: 2 -> "2", 1.5 -> "1.5" (SAP quantities have 3 decimals).</summary>
    public static string Quantity(decimal value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>An amount with at least two decimals: 1234.5 -> "1234.50".</summary>
    public static string Amount(decimal value) => value.ToString("0.00####", CultureInfo.InvariantCulture);
}
