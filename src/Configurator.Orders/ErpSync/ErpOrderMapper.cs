using Configurator.Orders.Model;
using Erp.Abstractions;

namespace Configurator.Orders.ErpSync;

/// <summary>Turns an order's frozen snapshot into the canonical ERP sales order: one configured line and its BOM.</summary>
public static class ErpOrderMapper
{
    public static ErpSalesOrder ToErp(Order order)
    {
        var snapshot = order.Snapshot;
        var ship = order.Details.ShipTo;
        const int line = 1;
        return new ErpSalesOrder(
            order.Number.Value,
            order.Routing.Target,
            order.Details.CustomerNumber,
            new ErpAddress(ship.Name, ship.Street, ship.City, ship.PostalCode, ship.Country),
            order.Details.RequestedDate,
            snapshot.UnitPrice.Currency,
            [new ErpOrderLine(line, snapshot.FamilyId.ToUpperInvariant(), snapshot.FamilyName, snapshot.Quantity, snapshot.UnitPrice.Amount, snapshot.Summary)],
            [.. snapshot.Bom.Select(b => new ErpBomLine(line, b.Sku.Value, b.Quantity, b.Unit, b.Plant))]);
    }
}
