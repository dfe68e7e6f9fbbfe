using System.Text.RegularExpressions;

namespace Erp.Simulator.Http;

/// <summary>
/// The one $filter shape the adapters use: <c>Property eq 'value'</c>, quotes inside the value doubled.
/// Anything richer is refused rather than half-understood.
/// </summary>
public static partial class EqualityFilter
{
    public static bool TryParse(string filter, string property, out string value)
    {
        var match = Shape().Match(filter);
        value = match.Success && match.Groups["property"].Value == property ? match.Groups["value"].Value.Replace("''", "'") : "";
        return match.Success && match.Groups["property"].Value == property;
    }

    [GeneratedRegex(@"^\s*(?<property>[A-Za-z_][A-Za-z0-9_]*)\s+eq\s+'(?<value>(?:[^']|'')*)'\s*$")]
    private static partial Regex Shape();
}
