using Configurator.Crm;
using Configurator.Crm.Preferences;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Data.Customers;

public sealed class PreferenceEventStore(ConfiguratorDbContext db) : IPreferenceEventStore
{
    public async Task AppendAsync(IReadOnlyList<PreferenceEvent> events, CancellationToken cancellationToken)
    {
        var batch = Guid.NewGuid();
        db.PreferenceEvents.AddRange(events.Select(e => new PreferenceEventRecord
        {
            Id = Guid.NewGuid(), Batch = batch, CustomerNumber = e.Customer.Value, FamilyId = e.FamilyId, OptionId = e.OptionId, GroupId = e.GroupId,
            Kind = e.Kind.ToString(), At = e.At, AtMs = e.At.ToUnixTimeMilliseconds(), Value = e.Value, LeadTimeDays = e.LeadTimeDays,
            DiscountAskedPercent = e.DiscountAskedPercent,
        }));
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    public async Task<IReadOnlyList<PreferenceEvent>> ForCustomerAsync(CustomerNumber customer, CancellationToken cancellationToken)
    {
        var rows = await db.PreferenceEvents.AsNoTracking().Where(e => e.CustomerNumber == customer.Value).OrderBy(e => e.AtMs).ToListAsync(cancellationToken);
        return [.. rows.Select(e => new PreferenceEvent(customer, e.FamilyId, e.OptionId, e.GroupId, Enum.Parse<PreferenceEventKind>(e.Kind), e.At,
            e.Value, e.LeadTimeDays, e.DiscountAskedPercent))];
    }

    public async Task<IReadOnlyList<OrderedConfiguration>> OrderedConfigurationsAsync(string familyId, int latest, CancellationToken cancellationToken)
    {
        var ordered = PreferenceEventKind.Ordered.ToString();
        var inFamily = db.PreferenceEvents.AsNoTracking().Where(e => e.FamilyId == familyId && e.Kind == ordered);
        // Each order has one configuration-level event in its batch: the latest of those pick the orders.
        var batches = await inFamily.Where(e => e.OptionId == null).OrderByDescending(e => e.AtMs).Take(latest).Select(e => e.Batch)
            .ToListAsync(cancellationToken);
        var rows = await inFamily.Where(e => e.OptionId != null && batches.Contains(e.Batch))
            .Select(e => new { e.Batch, e.CustomerNumber, e.OptionId })
            .ToListAsync(cancellationToken);
        return [.. rows.GroupBy(r => (r.Batch, r.CustomerNumber))
            .Select(g => new OrderedConfiguration(new CustomerNumber(g.Key.CustomerNumber), familyId, [.. g.Select(r => r.OptionId!)]))];
    }
}
