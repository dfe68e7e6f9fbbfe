using Erp.Abstractions;

namespace Erp.Tests.Adapters.Support;

/// <summary>
/// Two configured bicycles: a city bike whose frame and hub are its components, and a cargo bike
/// with a description longer than either ERP's text field.
/// </summary>
public static class TestOrders
{
    public const string LongDescription =
        "Cargo bike with front box, electric assist, hydraulic disc brakes, rain cover, child bench, lights, lock and kickstand";

    public static ErpSalesOrder TwoBikes(string externalReference = "Q-1001", string company = "1010", string adapter = "sap-s4") =>
        new(externalReference,
            new ErpTarget(adapter, company, "1710"),
            "17100001",
            new ErpAddress("Velo Nord GmbH", "Hafenstraße 12", "Hamburg", "20457", "DE"),
            new DateOnly(2026, 3, 15),
            "EUR",
            [
                new ErpOrderLine(1, "CITY-BIKE", "City bike, 7 gears, 52 cm frame", 2m, 1234.50m, "Frame 52, hub 7"),
                new ErpOrderLine(2, "CARGO-BIKE", LongDescription, 1m, 3999m, "Box L"),
            ],
            [
                new ErpBomLine(1, "FRAME-52", 2m, "EA", "1710"),
                new ErpBomLine(1, "HUB-7", 2m, "EA", "1720"),
                new ErpBomLine(2, "BOX-L", 1.5m, "M2", "1710"),
            ]);
}
