namespace Erp.Abstractions;

/// <summary>
/// The canonical sales order every ERP adapter translates: what the configurator sends,
/// in no vendor's shape. <see cref="ExternalReference"/> is our order number; adapters store it
/// where the ERP keeps the customer's reference and look orders up by it before any create.
/// </summary>
public sealed record ErpSalesOrder
{
    /// <summary>SAP's PurchaseOrderByCustomer holds 35 characters, Business Central's externalDocumentNumber 35.</summary>
    public const int MaxExternalReferenceLength = 35;

    public ErpSalesOrder(string externalReference, ErpTarget target, string customerNumber, ErpAddress shipTo,
        DateOnly requestedDeliveryDate, string currency, IReadOnlyList<ErpOrderLine> lines, IReadOnlyList<ErpBomLine> bomLines)
    {
        if (string.IsNullOrWhiteSpace(externalReference) || externalReference.Length > MaxExternalReferenceLength)
            throw new ArgumentException($"An external reference has 1 to {MaxExternalReferenceLength} characters.", nameof(externalReference));
        ArgumentException.ThrowIfNullOrWhiteSpace(customerNumber);
        if (currency is not { Length: 3 }) throw new ArgumentException("A currency is a three-letter ISO 4217 code.", nameof(currency));
        if (lines.Count == 0) throw new ArgumentException("A sales order has at least one line.", nameof(lines));
        if (bomLines.Any(b => lines.All(l => l.LineNumber != b.ParentLineNumber)))
            throw new ArgumentException("Every BOM line belongs to a line of the order.", nameof(bomLines));

        ExternalReference = externalReference;
        Target = target;
        CustomerNumber = customerNumber;
        ShipTo = shipTo;
        RequestedDeliveryDate = requestedDeliveryDate;
        Currency = currency;
        Lines = lines;
        BomLines = bomLines;
    }

    public string ExternalReference { get; }
    public ErpTarget Target { get; }
    public string CustomerNumber { get; }
    public ErpAddress ShipTo { get; }
    public DateOnly RequestedDeliveryDate { get; }
    public string Currency { get; }
    public IReadOnlyList<ErpOrderLine> Lines { get; }
    public IReadOnlyList<ErpBomLine> BomLines { get; }
}

/// <summary>Which ERP gets the order: the adapter ("sap-s4", "business-central", "simulator"), the company and the plant.</summary>
public sealed record ErpTarget(string Adapter, string Company, string Plant);

public sealed record ErpAddress(string Name, string Street, string City, string PostalCode, string Country);

/// <summary>One configured product line: material (the family), quantity, net unit price, and the configuration in words.</summary>
public sealed record ErpOrderLine(int LineNumber, string Material, string Description, decimal Quantity, decimal NetUnitPrice, string ConfigurationSummary);

/// <summary>A manufacturing component of a line, for the whole line quantity.</summary>
public sealed record ErpBomLine(int ParentLineNumber, string Component, decimal Quantity, string Unit, string Plant);
