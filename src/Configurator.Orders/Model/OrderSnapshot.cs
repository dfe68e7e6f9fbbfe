using Configurator.Catalog.Bom;
using Configurator.Catalog.Model;

namespace Configurator.Orders.Model;

/// <summary>
/// What was ordered, frozen at placement: the model version the configuration was re-validated
/// against, the options (picked and implied), the context, prices, lead time and the exploded BOM.
/// Later model changes never alter a placed order. An order from a quote carries the quote's number and its net price.
/// </summary>
public sealed record OrderSnapshot(
    string FamilyId,
    string FamilyName,
    ModelVersion ModelVersion,
    Guid ConfigurationId,
    IReadOnlyList<string> Picks,
    IReadOnlyList<string> Implied,
    IReadOnlyList<OrderedOption> Options,
    SelectionContext Context,
    Money UnitPrice,
    Money TotalPrice,
    int LeadTimeDays,
    IReadOnlyList<BomLine> Bom,
    string? QuoteNumber = null)
{
    public int Quantity => Context.Quantity;

    /// <summary>The configuration in words for an ERP line ("Intel Core Ultra 7, 32 GB, ...").</summary>
    public string Summary => string.Join(", ", Options.Select(o => o.Name));
}

/// <summary>An option on the order, with the price it had in the configuration.</summary>
public sealed record OrderedOption(string Id, string GroupId, string Name, Money Price);

/// <summary>Where the order ships: the address the ERP gets, the country an ISO 3166 alpha-2 code.</summary>
public sealed record ShipTo(string Name, string Street, string City, string PostalCode, string Country);

/// <summary>Who ordered, where to, and for when.</summary>
public sealed record OrderDetails(string CustomerNumber, ShipTo ShipTo, DateOnly RequestedDate);

/// <summary>The routing rules' decision for the order, kept with it: which ERP, approval, priority.</summary>
public sealed record OrderRouting(Erp.Abstractions.ErpTarget Target, bool NeedsApproval, IReadOnlyList<string> ApprovalReasons,
    Routing.OrderPriority Priority, IReadOnlyList<string> RulesApplied, string RulesVersion);

/// <summary>An Idempotency-Key header and the fingerprint of the request it came with: the same key with another request is refused.</summary>
public sealed record PlacementKey(string Key, string Fingerprint)
{
    public const int MaxKeyLength = 100;
}
