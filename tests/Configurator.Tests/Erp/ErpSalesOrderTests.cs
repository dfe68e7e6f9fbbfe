using Erp.Abstractions;

namespace Configurator.Tests.Erp;

public class ErpSalesOrderTests
{
    private static readonly ErpTarget Target = new("sap-s4", "1010", "1010");
    private static readonly ErpAddress ShipTo = new("Contoso", "1 Main St", "Austin", "78701", "US");
    private static readonly ErpOrderLine Line = new(10, "RACK-SERVER", "Rack server", 2, 4999m, "cpu-4510, mem-128gb-8x16");

    private static ErpSalesOrder Order(string reference, IReadOnlyList<ErpOrderLine>? lines = null, IReadOnlyList<ErpBomLine>? bom = null) =>
        new(reference, Target, "C-100", ShipTo, new DateOnly(2026, 12, 15), "USD", lines ?? [Line], bom ?? [new ErpBomLine(10, "CPU-4510", 2, "EA", "1010")]);

    [Fact]
    public void ReferenceLongerThanTheErpFieldsHoldIsRefused()
    {
        Should.Throw<ArgumentException>(() => Order(new string('X', 36))).ParamName.ShouldBe("externalReference");
        Order(new string('X', 35)).ExternalReference.Length.ShouldBe(35);
    }

    [Fact]
    public void OrderWithoutLinesIsRefused()
    {
        Should.Throw<ArgumentException>(() => Order("SO-1", lines: [], bom: [])).ParamName.ShouldBe("lines");
    }

    [Fact]
    public void BomLineOfAnUnknownOrderLineIsRefused()
    {
        Should.Throw<ArgumentException>(() => Order("SO-1", bom: [new ErpBomLine(20, "X", 1, "EA", "1010")])).ParamName.ShouldBe("bomLines");
    }
}
