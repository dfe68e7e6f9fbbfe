using Configurator.Catalog.Model;
using Configurator.Orders.Model;
using Configurator.Orders.Quotes;

namespace Configurator.Web.Apis;

/// <summary>
/// A quote as sales sees it: its current terms and price build-up, whether it can be accepted as it stands
/// (not expired, validated against the model served now), whether its discount needs a manager, and its history.
/// </summary>
public sealed record QuoteView(
    Guid Id, string Number, string CustomerNumber, QuoteState State, string FamilyId, string FamilyName, Guid ConfigurationId,
    int Revision, string ModelVersion, bool ValidatedAgainstCurrentModel, DateOnly ValidUntil, bool IsExpired,
    IReadOnlyList<string> Picks, IReadOnlyList<string> Implied, string Region, string Segment, int Quantity,
    decimal ListUnitPrice, decimal AccountDiscountPercent, decimal VolumeDiscountPercent, decimal RepDiscountPercent, decimal TotalDiscountPercent,
    decimal NetUnitPrice, decimal Total, string Currency, int LeadTimeDays,
    decimal RepDiscountAuthorityPercent, bool NeedsApproval, string? Approval, string IssuedBy, string? OrderNumber, OrderState? OrderState,
    IReadOnlyList<QuoteEvent> History)
{
    /// <summary>The view; <paramref name="orderState"/> is where an accepted quote's order stands (awaiting approval, rejected, shipped), when looked up.</summary>
    public static QuoteView From(Quote q, ModelVersion served, DateOnly today, OrderState? orderState = null)
    {
        var t = q.Terms;
        var p = t.Price;
        return new(q.Id, q.Number.Value, q.CustomerNumber, q.State, q.FamilyId, q.FamilyName, q.ConfigurationId,
            t.Revision, t.ModelVersion.Value, t.ModelVersion == served, t.ValidUntil, q.IsExpiredOn(today),
            t.Picks, t.Implied, t.Context.Region, t.Context.Segment, p.Quantity,
            p.ListUnitPrice.Amount, p.AccountDiscountPercent, p.VolumeDiscountPercent, p.RepDiscountPercent, p.TotalDiscountPercent,
            p.NetUnitPrice.Amount, p.Total.Amount, p.Total.Currency, t.LeadTimeDays,
            q.RepDiscountAuthorityPercent, q.ExceedsRepAuthority,
            q.ExceedsRepAuthority
                ? $"The rep discount of {p.RepDiscountPercent} % exceeds the issuer's authority of {q.RepDiscountAuthorityPercent} %: the order waits for a sales manager's approval."
                : null,
            q.IssuedBy, q.OrderNumber, orderState, q.History);
    }
}

/// <summary>An accepted quote and the order it became.</summary>
public sealed record AcceptedQuoteView(QuoteView Quote, OrderView Order);

public sealed record PriceListView(string CustomerNumber, decimal DiscountPercent, IReadOnlyDictionary<string, decimal> FamilyDiscountPercents,
    IReadOnlyList<VolumeBreak> VolumeBreaks, bool StandardVolumeBreaks, string? SetBy, DateTimeOffset? SetAt)
{
    public static PriceListView From(string customer, AccountPriceList? list, IReadOnlyList<VolumeBreak> standard) =>
        list is null
            ? new(customer, 0m, new Dictionary<string, decimal>(), standard, true, null, null)
            : new(customer, list.DiscountPercent, list.FamilyDiscountPercents, list.VolumeBreaks.Count > 0 ? list.VolumeBreaks : standard,
                list.VolumeBreaks.Count == 0, list.SetBy, list.SetAt);
}
