namespace Configurator.Web.DataGeneration;

/// <summary>What people write on a timeline, for the interactions the generator records.</summary>
internal static class Activities
{
    public static readonly IReadOnlyList<string> Calls =
    [
        "Discussed the upcoming refresh cycle", "Followed up on the last delivery", "Clarified lead times for the next order",
        "Asked about volume pricing", "Checked budget timing for next quarter", "Introduced the new workstation line",
        "Answered questions on warranty options", "Confirmed the preferred configuration for new hires",
    ];

    public static readonly IReadOnlyList<string> Visits =
    [
        "Quarterly account review on site", "Workshop on the standard configurations", "Met the new IT lead",
        "Data centre walkthrough for the server refresh", "Demonstrated docking and display options",
    ];

    public static readonly IReadOnlyList<string> ServiceCalls =
    [
        "Replaced a failed drive under warranty", "Helped with a BIOS update", "Docking station firmware issue resolved",
        "Battery replacement under warranty", "Remote diagnosis of a memory error", "Reimaged a unit with the factory image",
    ];

    public static readonly IReadOnlyList<string> Complaints =
    [
        "Delivery arrived later than promised", "Units arrived with the wrong keyboard layout", "Packaging damaged on arrival",
        "Invoice did not match the order", "Missing power adapters in the shipment",
    ];

    public static readonly IReadOnlyList<string> BuyingPowerNotes =
    [
        "Annual hardware budget from the account plan", "Revised after the quarterly account review",
        "New fiscal year budget announced", "Budget cut announced by procurement", "Expansion plans confirmed by the decision maker",
    ];
}
