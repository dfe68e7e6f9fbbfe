using Erp.Abstractions;

namespace Configurator.Orders.Routing;

/// <summary>
/// Where an order goes and how it is handled. <see cref="RulesApplied"/> names every rule that
/// fired as "workflow/rule", so a decision can be explained later.
/// </summary>
public sealed record RoutingDecision(
    ErpTarget Target,
    bool NeedsApproval,
    IReadOnlyList<string> ApprovalReasons,
    OrderPriority Priority,
    IReadOnlyList<string> RulesApplied);
