using Configurator.Crm;
using Configurator.Crm.Customers;
using Configurator.Crm.Preferences;
using Configurator.Orders.Model;

namespace Configurator.Web.Infrastructure;

/// <summary>
/// Puts a placed order on its customer: a known customer's timeline and purchase history get it (web orders
/// from unregistered numbers need no record there), and every order feeds the ordering customer's preference
/// profile. One place, so the order API and the data generator record orders alike.
/// </summary>
public sealed class CustomerOrderRecorder(ICustomerRepository customers, IPreferenceEventStore preferences)
{
    public async Task RecordAsync(Order order, string by, CancellationToken cancellationToken)
    {
        var snapshot = order.Snapshot;
        var interaction = new Interaction(Guid.NewGuid(), InteractionKind.OrderPlaced, order.PlacedAt, by,
            $"Order {order.Number}: {snapshot.Quantity} x {snapshot.FamilyName}", order.Number.Value, snapshot.FamilyId,
            snapshot.TotalPrice.Amount, snapshot.TotalPrice.Currency);
        var customer = new CustomerNumber(order.Details.CustomerNumber);
        await customers.UpdateAsync(customer, c => c.Record(interaction), cancellationToken);

        // What was ordered feeds the customer's profile: one event per option, one for the configuration.
        var ordered = snapshot.Options.Select(o => new PreferenceEvent(customer, snapshot.FamilyId, o.Id, o.GroupId, PreferenceEventKind.Ordered, order.PlacedAt))
            .Append(new PreferenceEvent(customer, snapshot.FamilyId, null, null, PreferenceEventKind.Ordered, order.PlacedAt,
                snapshot.UnitPrice.Amount, snapshot.LeadTimeDays));
        await preferences.AppendAsync([.. ordered], cancellationToken);
    }
}
