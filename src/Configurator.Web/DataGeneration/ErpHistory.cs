using System.Globalization;
using Configurator.Orders.Model;
using Erp.Abstractions;

namespace Configurator.Web.DataGeneration;

/// <summary>
/// How a historical order went through the ERP, at plausible times: approval within a day when it was routed to
/// it, acceptance minutes later, production within a day or two, shipping after the lead time. An order whose lead
/// time has not run out yet ships just before the run: no ERP that never saw it would ever report it shipped.
/// </summary>
internal sealed record ErpHistory(DateTimeOffset? ApprovedAt, DateTimeOffset AcceptedAt, DateTimeOffset InProductionAt, DateTimeOffset ShippedAt,
    string ErpOrderNumber)
{
    public const string SubmitActor = "job:submit-to-erp";
    public const string PollActor = "job:erp-status-poll";
    public const string WebhookActor = "erp:webhook";

    public static ErpHistory For(Order order, DateTimeOffset latest, Random random)
    {
        DateTimeOffset? approved = order.State == OrderState.AwaitingApproval ? order.PlacedAt + TimeSpan.FromMinutes(random.Next(30, 20 * 60)) : null;
        var accepted = (approved ?? order.PlacedAt) + TimeSpan.FromSeconds(random.Next(2, 600));
        var planned = order.PlacedAt + TimeSpan.FromDays(order.Snapshot.LeadTimeDays) + TimeSpan.FromHours(random.Next(-12, 48));
        var shipped = planned < latest ? planned : latest;
        if (shipped <= accepted) shipped = accepted + TimeSpan.FromHours(1);
        var production = accepted + (shipped - accepted) * random.Between(0.1, 0.5);
        // Numbered apart from what the simulator hands out, in each ERP's style.
        var number = order.Routing.Target.Adapter == "business-central"
            ? "S-ORD" + random.Next(500_000, 900_000).ToString(CultureInfo.InvariantCulture)
            : random.Next(40_000_000, 50_000_000).ToString(CultureInfo.InvariantCulture);
        return new ErpHistory(approved, accepted, production, shipped, number);
    }

    /// <summary>Moves the order with its own methods, as the workflow and the ERP would have.</summary>
    public void ApplyTo(Order order, string approver)
    {
        if (ApprovedAt is { } approved) order.Approve(approver, "Approved after review of the account", approved);
        order.RecordErpAccepted(ErpOrderNumber, alreadyExisted: false, SubmitActor, attempt: 1, AcceptedAt);
        order.ApplyErpStatus(new ErpOrderState(ErpOrderNumber, ErpOrderStatus.InProduction, null), PollActor, InProductionAt);
        order.ApplyErpStatus(new ErpOrderState(ErpOrderNumber, ErpOrderStatus.Shipped, null), WebhookActor, ShippedAt);
    }
}
