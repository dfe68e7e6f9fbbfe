using System.Text.Json.Serialization;
using Erp.Abstractions;

namespace Erp.BusinessCentral.Wire;

/// <summary>The salesOrder fields we read back (API v2.0 salesOrder resource type).</summary>
public sealed record BcSalesOrder(
    [property: JsonPropertyName("id")] Guid Id,
    [property: JsonPropertyName("number")] string Number,
    [property: JsonPropertyName("externalDocumentNumber")] string? ExternalDocumentNumber,
    [property: JsonPropertyName("status")] string? Status,
    [property: JsonPropertyName("fullyShipped")] bool FullyShipped)
{
    /// <summary>A cancelled order is deleted in Business Central, so Cancelled never shows here: the lookup finds nothing.</summary>
    public ErpOrderState ToState()
    {
        var status = this switch
        {
            { FullyShipped: true } => ErpOrderStatus.Shipped,
            { Status: "Released" } => ErpOrderStatus.InProduction,
            _ => ErpOrderStatus.Accepted,
        };
        return new ErpOrderState(Number, status, null);
    }
}
