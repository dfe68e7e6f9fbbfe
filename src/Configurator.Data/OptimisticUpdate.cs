using Microsoft.EntityFrameworkCore;

namespace Configurator.Data;

/// <summary>The load-change-save loop of aggregates stored with a concurrency token.</summary>
internal static class OptimisticUpdate
{
    private const int MaxConcurrentUpdateRetries = 10;

    /// <summary>
    /// Loads a tracked row and restores its aggregate (<paramref name="restore"/> also returns how to copy the aggregate's
    /// changes back to the row, saying whether there were any), applies the change and saves; a concurrent save makes it
    /// start over from the fresh row. Null when there is no such row.
    /// </summary>
    public static async Task<TAggregate?> UpdateWithRetriesAsync<TRecord, TAggregate>(this ConfiguratorDbContext db,
        Func<CancellationToken, Task<TRecord?>> load, Func<TRecord, Task<(TAggregate Aggregate, Func<bool> CopyChanges)>> restore,
        Action<TAggregate> change, CancellationToken cancellationToken)
        where TRecord : class where TAggregate : class
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var record = await load(cancellationToken);
                if (record is null) return null;
                var (aggregate, copyChanges) = await restore(record);
                change(aggregate);
                if (!copyChanges()) return aggregate;
                await db.SaveChangesAsync(cancellationToken);
                return aggregate;
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxConcurrentUpdateRetries)
            {
                // Another writer saved first: read its version and apply the change to that.
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }
    }
}
