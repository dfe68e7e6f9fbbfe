using Configurator.Catalog.Model;
using Configurator.Crm;
using Configurator.Crm.Customers;
using Configurator.Crm.Preferences;
using Configurator.Orders.Model;
using Configurator.Orders.Quotes;
using Configurator.Web.Infrastructure;

namespace Configurator.Web.Apis;

/// <summary>
/// What quoting leaves on the account: a quote given on its timeline and as preference events (the options quoted,
/// the net unit price, the lead time and the discount asked for); an accepted quote's order and the acceptance.
/// </summary>
internal static class QuoteActivity
{
    public static async Task RecordIssuedAsync(Quote quote, ProductModel model, IServiceProvider services, string actor, CancellationToken cancellationToken)
    {
        var customer = new CustomerNumber(quote.CustomerNumber);
        var terms = quote.Terms;
        var interaction = new Interaction(Guid.NewGuid(), InteractionKind.QuoteGiven, terms.IssuedAt, actor,
            $"Quote {quote.Number}: {terms.Price.Quantity} x {quote.FamilyName} at {terms.Price.NetUnitPrice} each, valid until {terms.ValidUntil:yyyy-MM-dd}",
            quote.Number.Value, quote.FamilyId, terms.Price.Total.Amount, terms.Price.Total.Currency);
        var events = new List<PreferenceEvent>();
        if (model.TryGetFamily(quote.FamilyId, out var family))
        {
            foreach (var id in terms.Picks.Concat(terms.Implied))
                if (family.Family.TryGetOption(id, out var option))
                    events.Add(new PreferenceEvent(customer, quote.FamilyId, id, option.GroupId, PreferenceEventKind.Quoted, terms.IssuedAt));
        }
        events.Add(new PreferenceEvent(customer, quote.FamilyId, null, null, PreferenceEventKind.Quoted, terms.IssuedAt,
            terms.Price.NetUnitPrice.Amount, terms.LeadTimeDays, terms.Price.RepDiscountPercent > 0m ? terms.Price.RepDiscountPercent : null));

        await CustomerActivity.BestEffortAsync(services, $"quote {quote.Number}", quote.CustomerNumber, async () =>
        {
            await services.GetRequiredService<ICustomerRepository>().UpdateAsync(customer, c => c.Record(interaction), cancellationToken);
            await services.GetRequiredService<IPreferenceEventStore>().AppendAsync([.. events], cancellationToken);
        });
    }

    public static async Task RecordAcceptedAsync(Quote quote, Order order, IServiceProvider services, string actor, CancellationToken cancellationToken)
    {
        var acceptance = new Interaction(Guid.NewGuid(), InteractionKind.QuoteAccepted, order.PlacedAt, actor,
            $"Quote {quote.Number} accepted: order {order.Number}", quote.Number.Value, quote.FamilyId);
        await CustomerActivity.BestEffortAsync(services, $"quote {quote.Number}", quote.CustomerNumber, async () =>
        {
            await services.GetRequiredService<CustomerOrderRecorder>().RecordAsync(order, actor, cancellationToken);
            await services.GetRequiredService<ICustomerRepository>()
                .UpdateAsync(new CustomerNumber(quote.CustomerNumber), c => c.Record(acceptance), cancellationToken);
        });
    }
}
