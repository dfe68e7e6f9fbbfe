using System.Text.Json.Serialization;

namespace Erp.SapS4.Wire;

// The deep-insert body of POST A_SalesOrder (API_SALES_ORDER_SRV): the header with its partners and items,
// each item with its pricing elements. Names are SAP's entity properties; decimals and dates are OData v2 strings.

public sealed record SapSalesOrderCreate(
    [property: JsonPropertyName("SalesOrderType")] string SalesOrderType,
    [property: JsonPropertyName("SalesOrganization")] string SalesOrganization,
    [property: JsonPropertyName("DistributionChannel")] string DistributionChannel,
    [property: JsonPropertyName("OrganizationDivision")] string OrganizationDivision,
    [property: JsonPropertyName("SoldToParty")] string SoldToParty,
    [property: JsonPropertyName("PurchaseOrderByCustomer")] string PurchaseOrderByCustomer,
    [property: JsonPropertyName("RequestedDeliveryDate")] string RequestedDeliveryDate,
    [property: JsonPropertyName("TransactionCurrency")] string TransactionCurrency,
    [property: JsonPropertyName("to_Partner")] IReadOnlyList<SapHeaderPartnerCreate> Partners,
    [property: JsonPropertyName("to_Item")] IReadOnlyList<SapSalesOrderItemCreate> Items);

/// <summary>A_SalesOrderHeaderPartner; "WE" is the ship-to partner function.</summary>
public sealed record SapHeaderPartnerCreate(
    [property: JsonPropertyName("PartnerFunction")] string PartnerFunction,
    [property: JsonPropertyName("Customer")] string Customer,
    [property: JsonPropertyName("to_Address")] IReadOnlyList<SapPartnerAddressCreate> Addresses);

/// <summary>A_SalesOrderPartnerAddress: a one-time address for the partner on this order.</summary>
public sealed record SapPartnerAddressCreate(
    [property: JsonPropertyName("OrganizationName1")] string OrganizationName1,
    [property: JsonPropertyName("StreetName")] string StreetName,
    [property: JsonPropertyName("CityName")] string CityName,
    [property: JsonPropertyName("PostalCode")] string PostalCode,
    [property: JsonPropertyName("Country")] string Country);

/// <summary>A_SalesOrderItem; a BOM component names its configured line in HigherLevelItem.</summary>
public sealed record SapSalesOrderItemCreate(
    [property: JsonPropertyName("SalesOrderItem")] string SalesOrderItem,
    [property: JsonPropertyName("HigherLevelItem")] string? HigherLevelItem,
    [property: JsonPropertyName("Material")] string Material,
    [property: JsonPropertyName("SalesOrderItemText")] string? SalesOrderItemText,
    [property: JsonPropertyName("RequestedQuantity")] string RequestedQuantity,
    [property: JsonPropertyName("RequestedQuantityUnit")] string RequestedQuantityUnit,
    [property: JsonPropertyName("ProductionPlant")] string ProductionPlant,
    [property: JsonPropertyName("to_PricingElement")] IReadOnlyList<SapItemPricingElementCreate>? PricingElements);

/// <summary>A_SalesOrderItemPrElement: the condition that sets the item's price.</summary>
public sealed record SapItemPricingElementCreate(
    [property: JsonPropertyName("ConditionType")] string ConditionType,
    [property: JsonPropertyName("ConditionRateValue")] string ConditionRateValue,
    [property: JsonPropertyName("ConditionCurrency")] string ConditionCurrency);
