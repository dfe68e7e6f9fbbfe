using System.Text.Json.Serialization;

namespace Erp.SapS4.Wire;

/// <summary>The A_SalesOrderItem fields cancelling needs: which items are top-level.</summary>
public sealed record SapSalesOrderItem(
    [property: JsonPropertyName("SalesOrder")] string SalesOrder,
    [property: JsonPropertyName("SalesOrderItem")] string SalesOrderItem,
    [property: JsonPropertyName("HigherLevelItem")] string? HigherLevelItem)
{
    /// <summary>SAP reports "0" or "000000" (not an empty value) for an item without a parent.</summary>
    public bool IsTopLevel => string.IsNullOrWhiteSpace(HigherLevelItem) || HigherLevelItem.All(c => c == '0');
}
