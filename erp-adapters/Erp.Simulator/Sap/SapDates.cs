using System.Globalization;
using System.Text.RegularExpressions;

namespace Erp.Simulator.Sap;

/// <summary>OData v2 JSON dates: Edm.DateTime as "/Date(ms)/", Edm.DateTimeOffset as "/Date(ms+0000)/".</summary>
public static partial class SapDates
{
    public static string DateTime(DateTimeOffset value) => $"/Date({value.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)})/";

    public static string DateTimeOffset(DateTimeOffset value) => $"/Date({value.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)}+0000)/";

    public static bool IsValid(string text) => Shape().IsMatch(text);

    [GeneratedRegex(@"^/Date\(-?\d{1,15}([+-]\d{4})?\)/$")]
    private static partial Regex Shape();
}
