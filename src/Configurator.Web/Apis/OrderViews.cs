using Configurator.Catalog.Bom;
using Configurator.Orders.Model;

namespace Configurator.Web.Apis;

/// <summary>An order as the API shows it, with the actions its workflow permits now.</summary>
public sealed record OrderView(
    Guid Id,
    string Number,
    OrderState State,
    IReadOnlyList<string> Actions,
    string CustomerNumber,
    ShipTo ShipTo,
    DateOnly RequestedDate,
    OrderedProductView Product,
    RoutingView Routing,
    string? ErpOrderNumber,
    OrderStep? FailedStep,
    string? LastError,
    DateTimeOffset PlacedAt)
{
    /// <summary>The triggers people may fire through the API; the others belong to jobs and the ERP.</summary>
    public static readonly IReadOnlyDictionary<OrderTrigger, string> PublicActions = new Dictionary<OrderTrigger, string>
    {
        [OrderTrigger.Approve] = "approve",
        [OrderTrigger.Reject] = "reject",
        [OrderTrigger.Retry] = "retry",
        [OrderTrigger.Cancel] = "cancel",
    };

    public static OrderView From(Order o)
    {
        var s = o.Snapshot;
        return new OrderView(o.Id, o.Number.Value, o.State,
            [.. o.PermittedTriggers.Where(PublicActions.ContainsKey).Select(t => PublicActions[t])],
            o.Details.CustomerNumber, o.Details.ShipTo, o.Details.RequestedDate,
            new OrderedProductView(s.FamilyId, s.FamilyName, s.ModelVersion.Value, s.ConfigurationId, s.Quantity, s.Context.Region, s.Context.Segment,
                s.Options.Select(x => new OrderedOptionView(x.Id, x.GroupId, x.Name, x.Price.Amount)).ToArray(),
                s.UnitPrice.Amount, s.TotalPrice.Amount, s.TotalPrice.Currency, s.LeadTimeDays, s.Bom, s.QuoteNumber),
            new RoutingView(o.Routing.Target.Adapter, o.Routing.Target.Company, o.Routing.Target.Plant, o.Routing.NeedsApproval,
                o.Routing.ApprovalReasons, o.Routing.Priority.ToString(), o.Routing.RulesApplied),
            o.ErpOrderNumber, o.FailedStep, o.LastError, o.PlacedAt);
    }
}

public sealed record OrderedProductView(string FamilyId, string FamilyName, string ModelVersion, Guid ConfigurationId, int Quantity,
    string Region, string Segment, IReadOnlyList<OrderedOptionView> Options, decimal UnitPrice, decimal TotalPrice, string Currency,
    int LeadTimeDays, IReadOnlyList<BomLine> Bom, string? QuoteNumber);

public sealed record OrderedOptionView(string Id, string GroupId, string Name, decimal Price);

public sealed record RoutingView(string Adapter, string Company, string Plant, bool NeedsApproval, IReadOnlyList<string> ApprovalReasons,
    string Priority, IReadOnlyList<string> RulesApplied);

public sealed record TimelineView(string Number, OrderState State, IReadOnlyList<TimelineEntry> Entries);

/// <summary>An order in a list.</summary>
public sealed record OrderListItem(Guid Id, string Number, OrderState State, string FamilyId, string CustomerNumber, decimal Total, string Currency,
    string? ErpOrderNumber, string Adapter, DateTimeOffset PlacedAt, DateTimeOffset UpdatedAt)
{
    public static OrderListItem From(OrderSummary s) => new(s.Id, s.Number.Value, s.State, s.FamilyId, s.CustomerNumber, s.Total, s.Currency,
        s.ErpOrderNumber, s.Adapter, s.PlacedAt, s.UpdatedAt);
}
