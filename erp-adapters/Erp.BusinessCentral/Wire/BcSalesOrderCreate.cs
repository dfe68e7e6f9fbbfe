using System.Text.Json.Serialization;

namespace Erp.BusinessCentral.Wire;

// The body of POST salesOrders with its lines inserted in the same request (API v2.0 salesOrder and
// salesOrderLine resource types). Dates are Edm.Date ("yyyy-MM-dd"), amounts JSON numbers.

public sealed record BcSalesOrderCreate(
    [property: JsonPropertyName("externalDocumentNumber")] string ExternalDocumentNumber,
    [property: JsonPropertyName("orderDate")] DateOnly OrderDate,
    [property: JsonPropertyName("customerNumber")] string CustomerNumber,
    [property: JsonPropertyName("currencyCode")] string CurrencyCode,
    [property: JsonPropertyName("requestedDeliveryDate")] DateOnly RequestedDeliveryDate,
    [property: JsonPropertyName("shipToName")] string ShipToName,
    [property: JsonPropertyName("shipToAddressLine1")] string ShipToAddressLine1,
    [property: JsonPropertyName("shipToCity")] string ShipToCity,
    [property: JsonPropertyName("shipToPostCode")] string ShipToPostCode,
    [property: JsonPropertyName("shipToCountry")] string ShipToCountry,
    [property: JsonPropertyName("salesOrderLines")] IReadOnlyList<BcSalesOrderLineCreate> SalesOrderLines);

/// <summary>An Item line (a configured product) or a Comment line (one of its BOM components, in words).</summary>
public sealed record BcSalesOrderLineCreate(
    [property: JsonPropertyName("sequence")] int Sequence,
    [property: JsonPropertyName("lineType")] string LineType,
    [property: JsonPropertyName("lineObjectNumber")] string? LineObjectNumber,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("quantity")] decimal? Quantity,
    [property: JsonPropertyName("unitPrice")] decimal? UnitPrice);
