using System.Text.Json.Serialization;

namespace Erp.SapS4.Wire;

/// <summary>
/// PATCH body that rejects a sales order item. SAP's published A_SalesOrderItem names the field
/// SalesDocumentRjcnReason (ABGRU); see docs/erp-adapters.md.
/// </summary>
public sealed record SapItemRejection([property: JsonPropertyName("SalesDocumentRjcnReason")] string SalesDocumentRjcnReason);
