using System.Text.Json.Serialization;
using Erp.Abstractions;

namespace Erp.SapS4.Wire;

/// <summary>The A_SalesOrder fields we read back: the number, our reference and the overall statuses.</summary>
public sealed record SapSalesOrderHeader(
    [property: JsonPropertyName("SalesOrder")] string SalesOrder,
    [property: JsonPropertyName("PurchaseOrderByCustomer")] string? PurchaseOrderByCustomer,
    [property: JsonPropertyName("SalesOrganization")] string? SalesOrganization,
    [property: JsonPropertyName("OverallSDProcessStatus")] string? OverallSDProcessStatus,
    [property: JsonPropertyName("OverallTotalDeliveryStatus")] string? OverallTotalDeliveryStatus,
    [property: JsonPropertyName("OverallSDDocumentRejectionSts")] string? OverallSDDocumentRejectionSts)
{
    /// <summary>Rejection outranks delivery, delivery outranks processing; status "C" means complete, "B" partly.</summary>
    public ErpOrderState ToState()
    {
        var status = this switch
        {
            { OverallSDDocumentRejectionSts: "C" } => ErpOrderStatus.Cancelled,
            { OverallTotalDeliveryStatus: "C" } => ErpOrderStatus.Shipped,
            { OverallSDProcessStatus: "B" } => ErpOrderStatus.InProduction,
            _ => ErpOrderStatus.Accepted,
        };
        return new ErpOrderState(SalesOrder, status, null);
    }
}
