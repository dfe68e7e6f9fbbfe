using System.Text.RegularExpressions;

namespace Erp.Simulator.Hosting;

/// <summary>The one $filter shape the simulator understands: equality of a property with a quoted string ('' escapes a quote).</summary>
public static partial class ODataQuery
{
    public static bool TryParseEquals(string? filter, string property, out string value)
    {
        value = "";
        if (filter is null) return false;
        var match = EqualsPattern().Match(filter.Trim());
        if (!match.Success || match.Groups["property"].Value != property) return false;
        value = match.Groups["value"].Value.Replace("''", "'", StringComparison.Ordinal);
        return true;
    }

    [GeneratedRegex(@"^(?<property>[A-Za-z_][A-Za-z0-9_]*)\s+eq\s+'(?<value>(?:[^']|'')*)'$")]
    private static partial Regex EqualsPattern();
}
