namespace Erp.Http;

/// <summary>OData $filter expressions built from our values, never from concatenated user text.</summary>
public static class ODataFilter
{
    /// <summary><c>Property eq 'value'</c>, with single quotes in the value doubled as OData string literals require.</summary>
    public static string Equal(string property, string value) => $"{property} eq '{value.Replace("'", "''", StringComparison.Ordinal)}'";
}
