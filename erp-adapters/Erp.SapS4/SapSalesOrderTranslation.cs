using Erp.Abstractions;
using Erp.Http;
using Erp.SapS4.Wire;

namespace Erp.SapS4;

/// <summary>The canonical order in SAP's deep-insert shape.</summary>
public static class SapSalesOrderTranslation
{
    /// <summary>SalesOrderItemText is CHAR 40 in A_SalesOrderItem.</summary>
    public const int ItemTextLength = 40;

    /// <summary>Ship-to party.</summary>
    public const string ShipToPartnerFunction = "WE";

    const int ItemNumberStep = 10;

    public static SapSalesOrderCreate ToCreateRequest(ErpSalesOrder order, SapS4Options options)
    {
        var shipTo = new SapHeaderPartnerCreate(ShipToPartnerFunction, order.CustomerNumber,
            [new SapPartnerAddressCreate(order.ShipTo.Name, order.ShipTo.Street, order.ShipTo.City, order.ShipTo.PostalCode, order.ShipTo.Country)]);

        return new SapSalesOrderCreate(options.SalesOrderType, order.Target.Company, options.DistributionChannel,
            options.OrganizationDivision, order.CustomerNumber, order.ExternalReference,
            ODataV2Values.Date(order.RequestedDeliveryDate), order.Currency, [shipTo], Items(order, options));
    }

    /// <summary>Lines numbered 10, 20, ...; each line's BOM components follow it as sub-items, numbering running on.</summary>
    static List<SapSalesOrderItemCreate> Items(ErpSalesOrder order, SapS4Options options)
    {
        var items = new List<SapSalesOrderItemCreate>();
        var itemNumber = 0;
        foreach (var line in order.Lines)
        {
            itemNumber += ItemNumberStep;
            var parent = ItemNumber(itemNumber);
            var price = new SapItemPricingElementCreate(options.PriceConditionType, ODataV2Values.Amount(line.NetUnitPrice), order.Currency);
            items.Add(new SapSalesOrderItemCreate(parent, null, line.Material, WireText.Truncate(line.Description, ItemTextLength),
                ODataV2Values.Quantity(line.Quantity), options.SalesUnit, order.Target.Plant, [price]));

            foreach (var component in order.BomLines.Where(b => b.ParentLineNumber == line.LineNumber))
            {
                itemNumber += ItemNumberStep;
                items.Add(new SapSalesOrderItemCreate(ItemNumber(itemNumber), parent, component.Component, null,
                    ODataV2Values.Quantity(component.Quantity), component.Unit, component.Plant, null));
            }
        }
        return items;
    }

    static string ItemNumber(int number) => number.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
