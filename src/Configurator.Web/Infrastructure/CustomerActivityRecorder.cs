using Configurator.Catalog.Configurations;
using Configurator.Catalog.Model;
using Configurator.Crm;
using Configurator.Crm.Customers;
using Configurator.Crm.Preferences;
using Configurator.Orders.Model;
using Configurator.Orders.Quotes;

namespace Configurator.Web.Infrastructure;

/// <summary>
/// What committed actions leave on their customer: a timeline entry, and preference events for the options and the
/// configuration as a whole (unit price, lead time, any discount asked for). One place, so the APIs and the data
/// generator record alike. A customer not registered here (a web order's number, say) gets no timeline entry; the
/// preference events are kept all the same.
/// </summary>
public sealed class CustomerActivityRecorder(ICustomerRepository customers, IPreferenceEventStore preferences)
{
    public async Task OrderPlacedAsync(Order order, string by, CancellationToken cancellationToken)
    {
        var snapshot = order.Snapshot;
        var customer = new CustomerNumber(order.Details.CustomerNumber);
        await customers.AppendAsync(customer, new Interaction(Guid.NewGuid(), InteractionKind.OrderPlaced, order.PlacedAt, by,
            $"Order {order.Number}: {snapshot.Quantity} x {snapshot.FamilyName}", order.Number.Value, snapshot.FamilyId,
            snapshot.TotalPrice.Amount, snapshot.TotalPrice.Currency), cancellationToken);
        await preferences.AppendAsync([.. snapshot.Options
            .Select(o => new PreferenceEvent(customer, snapshot.FamilyId, o.Id, o.GroupId, PreferenceEventKind.Ordered, order.PlacedAt))
            .Append(new PreferenceEvent(customer, snapshot.FamilyId, null, null, PreferenceEventKind.Ordered, order.PlacedAt,
                snapshot.UnitPrice.Amount, snapshot.LeadTimeDays))], cancellationToken);
    }

    public async Task ConfigurationSavedAsync(SavedConfiguration saved, ProductFamily family, CustomerNumber customer, string by,
        CancellationToken cancellationToken)
    {
        await customers.AppendAsync(customer, new Interaction(Guid.NewGuid(), InteractionKind.ConfigurationSaved, saved.SavedAt, by,
            $"Configuration {saved.Name ?? family.Name} saved", saved.Id.ToString(), saved.FamilyId, saved.TotalPrice.Amount,
            saved.TotalPrice.Currency), cancellationToken);
        await preferences.AppendAsync([.. OptionEvents(customer, family, saved.Picks.Concat(saved.Implied), PreferenceEventKind.Saved, saved.SavedAt)
            .Append(new PreferenceEvent(customer, saved.FamilyId, null, null, PreferenceEventKind.Saved, saved.SavedAt,
                saved.UnitPrice.Amount, saved.LeadTimeDays))], cancellationToken);
    }

    public async Task QuoteIssuedAsync(Quote quote, ProductModel model, string by, CancellationToken cancellationToken)
    {
        var customer = new CustomerNumber(quote.CustomerNumber);
        var terms = quote.Terms;
        await customers.AppendAsync(customer, new Interaction(Guid.NewGuid(), InteractionKind.QuoteGiven, terms.IssuedAt, by,
            $"Quote {quote.Number}: {terms.Price.Quantity} x {quote.FamilyName} at {terms.Price.NetUnitPrice} each, valid until {terms.ValidUntil:yyyy-MM-dd}",
            quote.Number.Value, quote.FamilyId, terms.Price.Total.Amount, terms.Price.Total.Currency), cancellationToken);
        var options = model.TryGetFamily(quote.FamilyId, out var family)
            ? OptionEvents(customer, family.Family, terms.Picks.Concat(terms.Implied), PreferenceEventKind.Quoted, terms.IssuedAt)
            : [];
        var asked = terms.Price.RepDiscountPercent > 0m ? terms.Price.RepDiscountPercent : (decimal?)null;
        await preferences.AppendAsync([.. options.Append(new PreferenceEvent(customer, quote.FamilyId, null, null, PreferenceEventKind.Quoted,
            terms.IssuedAt, terms.Price.NetUnitPrice.Amount, terms.LeadTimeDays, asked))], cancellationToken);
    }

    /// <summary>The order an accepted quote became, and the acceptance itself (which the quote-to-order conversion counts).</summary>
    public async Task QuoteAcceptedAsync(Quote quote, Order order, string by, CancellationToken cancellationToken)
    {
        await OrderPlacedAsync(order, by, cancellationToken);
        await customers.AppendAsync(new CustomerNumber(quote.CustomerNumber), new Interaction(Guid.NewGuid(),
            InteractionKind.QuoteAccepted, order.PlacedAt, by, $"Quote {quote.Number} accepted: order {order.Number}", quote.Number.Value,
            quote.FamilyId), cancellationToken);
    }

    private static IEnumerable<PreferenceEvent> OptionEvents(CustomerNumber customer, ProductFamily family, IEnumerable<string> optionIds,
        PreferenceEventKind kind, DateTimeOffset at) =>
        optionIds.Select(id => family.TryGetOption(id, out var option) ? option : null).OfType<ProductOption>()
            .Select(o => new PreferenceEvent(customer, family.Id, o.Id, o.GroupId, kind, at));
}
