using Configurator.Catalog.Model;
using Configurator.Crm;
using Configurator.Crm.Analysis;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Data.Customers;

public sealed class RadRepository(ConfiguratorDbContext db) : IRadRepository
{
    public async Task<BuyingPowerHistory> BuyingPowerAsync(CustomerNumber account, string currency, CancellationToken cancellationToken)
    {
        var rows = await db.BuyingPower.AsNoTracking().Where(b => b.CustomerNumber == account.Value && b.Currency == currency)
            .OrderBy(b => b.Sequence).ToListAsync(cancellationToken);
        return rows.Aggregate(BuyingPowerHistory.Empty(currency),
            (history, b) => history.Revise(new BuyingPowerEstimate(new Money(b.Amount, b.Currency), b.Since, b.SetBy, b.Note)));
    }

    public async Task AddEstimateAsync(CustomerNumber account, BuyingPowerEstimate estimate, CancellationToken cancellationToken)
    {
        var last = await db.BuyingPower.Where(b => b.CustomerNumber == account.Value).MaxAsync(b => (long?)b.Sequence, cancellationToken) ?? 0;
        db.BuyingPower.Add(new BuyingPowerRecord
        {
            Id = Guid.NewGuid(), CustomerNumber = account.Value, Amount = estimate.AnnualAmount.Amount, Currency = estimate.AnnualAmount.Currency,
            Since = estimate.Since, SetBy = estimate.SetBy, Note = estimate.Note, Sequence = last + 1,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task SaveSnapshotsAsync(Quarter quarter, IReadOnlyList<RadSnapshot> snapshots, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var key = quarter.ToString();
        await db.RadSnapshots.Where(s => s.Quarter == key).ExecuteDeleteAsync(cancellationToken);
        db.RadSnapshots.AddRange(snapshots.Select(s => new RadSnapshotRecord
        {
            Quarter = key, CustomerNumber = s.Account.Value, BuyingPower = s.BuyingPower?.Amount, Sales = s.Sales.Amount, Currency = s.Sales.Currency,
            ShareOfWallet = s.ShareOfWallet, Class = s.Class.ToString(), Reason = s.Reason,
        }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<RadSnapshot>> SnapshotsAsync(Quarter quarter, CancellationToken cancellationToken)
    {
        var key = quarter.ToString();
        var rows = await db.RadSnapshots.AsNoTracking().Where(s => s.Quarter == key).OrderBy(s => s.CustomerNumber).ToListAsync(cancellationToken);
        return [.. rows.Select(Read)];
    }

    public async Task<RadSnapshot?> LatestSnapshotAsync(CustomerNumber account, CancellationToken cancellationToken)
    {
        // "2026Q3" sorts as text in quarter order.
        var row = await db.RadSnapshots.AsNoTracking().Where(s => s.CustomerNumber == account.Value).OrderByDescending(s => s.Quarter)
            .FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : Read(row);
    }

    private static RadSnapshot Read(RadSnapshotRecord s) =>
        new(new CustomerNumber(s.CustomerNumber), Quarter.Parse(s.Quarter),
            s.BuyingPower is null ? null : new Money(s.BuyingPower.Value, s.Currency), new Money(s.Sales, s.Currency), s.ShareOfWallet,
            Enum.Parse<RadClass>(s.Class), s.Reason);
}
