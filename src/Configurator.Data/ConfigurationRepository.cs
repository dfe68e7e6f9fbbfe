using System.Text.Json;
using Configurator.Catalog.Configurations;
using Configurator.Catalog.Model;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Data;

internal sealed class ConfigurationRepository(ConfiguratorDbContext db) : IConfigurationRepository
{
    public async Task AddAsync(SavedConfiguration c, CancellationToken cancellationToken)
    {
        db.Configurations.Add(new ConfigurationRecord
        {
            Id = c.Id, FamilyId = c.FamilyId, ModelVersion = c.ModelVersion.Value, Name = c.Name,
            PicksJson = JsonSerializer.Serialize(c.Picks), ImpliedJson = JsonSerializer.Serialize(c.Implied),
            Region = c.Context.Region, Segment = c.Context.Segment, Quantity = c.Context.Quantity, PriceDate = c.Context.Date,
            UnitPrice = c.UnitPrice.Amount, TotalPrice = c.TotalPrice.Amount, Currency = c.UnitPrice.Currency,
            LeadTimeDays = c.LeadTimeDays, IsComplete = c.IsComplete, IsOrderable = c.IsOrderable, SavedAt = c.SavedAt, CustomerNumber = c.CustomerNumber,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<SavedConfiguration?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var r = await db.Configurations.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        return r is null ? null : new SavedConfiguration(
            r.Id, r.FamilyId, new ModelVersion(r.ModelVersion), r.Name,
            JsonSerializer.Deserialize<string[]>(r.PicksJson)!, JsonSerializer.Deserialize<string[]>(r.ImpliedJson)!,
            new SelectionContext(r.Region, r.PriceDate, r.Quantity, r.Segment),
            new Money(r.UnitPrice, r.Currency), new Money(r.TotalPrice, r.Currency),
            r.LeadTimeDays, r.IsComplete, r.IsOrderable, r.SavedAt, r.CustomerNumber);
    }
}
