using System.ComponentModel.DataAnnotations;
using Erp.Http;

namespace Erp.SapS4;

/// <summary>
/// The SAP S/4HANA system and the sales-document settings every order gets. Credentials come from
/// user secrets or the environment, never from a file in the repository.
/// </summary>
public sealed class SapS4Options : ErpHttpOptions
{
    /// <summary>Communication user for HTTP Basic authentication; no Authorization header when empty.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>Sales document type; "OR" (standard order) by default.</summary>
    [Required, StringLength(4, MinimumLength = 1)]
    public string SalesOrderType { get; set; } = "OR";

    /// <summary>Distribution channel; "10" by default.</summary>
    [Required, StringLength(2, MinimumLength = 2)]
    public string DistributionChannel { get; set; } = "10";

    /// <summary>Division; "00" by default.</summary>
    [Required, StringLength(2, MinimumLength = 2)]
    public string OrganizationDivision { get; set; } = "00";

    /// <summary>Rejection reason set on every item when an order is cancelled; "Z1" by default.</summary>
    [Required, StringLength(2, MinimumLength = 1)]
    public string CancellationReason { get; set; } = "Z1";

    /// <summary>Condition type that carries the configured line's net unit price; "PR00" by default.</summary>
    [Required, StringLength(4, MinimumLength = 1)]
    public string PriceConditionType { get; set; } = "PR00";

    /// <summary>Unit of the configured lines' quantity (the BOM lines bring their own); "EA" by default.</summary>
    [Required, StringLength(3, MinimumLength = 1)]
    public string SalesUnit { get; set; } = "EA";
}
