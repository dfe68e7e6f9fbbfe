using System.Globalization;
using Erp.Abstractions;
using Erp.BusinessCentral.Wire;
using Erp.Http;

namespace Erp.BusinessCentral;

/// <summary>The canonical order in Business Central's salesOrder shape.</summary>
public static class BcSalesOrderTranslation
{
    /// <summary>salesOrderLine.description holds 100 characters.</summary>
    public const int DescriptionLength = 100;

    const int SequenceStep = 10_000;

    public static BcSalesOrderCreate ToCreateRequest(ErpSalesOrder order, DateOnly orderDate) =>
        new(order.ExternalReference, orderDate, order.CustomerNumber, order.Currency, order.RequestedDeliveryDate,
            order.ShipTo.Name, order.ShipTo.Street, order.ShipTo.City, order.ShipTo.PostalCode, order.ShipTo.Country, Lines(order));

    /// <summary>Each configured line is an Item line followed by one Comment line per BOM component; sequences 10000, 20000, ...</summary>
    static List<BcSalesOrderLineCreate> Lines(ErpSalesOrder order)
    {
        var lines = new List<BcSalesOrderLineCreate>();
        foreach (var line in order.Lines)
        {
            lines.Add(new BcSalesOrderLineCreate(NextSequence(lines), "Item", line.Material,
                WireText.Truncate(line.Description, DescriptionLength), line.Quantity, line.NetUnitPrice));
            foreach (var component in order.BomLines.Where(b => b.ParentLineNumber == line.LineNumber))
                lines.Add(new BcSalesOrderLineCreate(NextSequence(lines), "Comment", null,
                    WireText.Truncate(ComponentComment(component), DescriptionLength), null, null));
        }
        return lines;
    }

    static int NextSequence(List<BcSalesOrderLineCreate> lines) => (lines.Count + 1) * SequenceStep;

    static string ComponentComment(ErpBomLine component) =>
        string.Create(CultureInfo.InvariantCulture, $"Component {component.Component} x {component.Quantity:0.###} {component.Unit}, plant {component.Plant}");
}
