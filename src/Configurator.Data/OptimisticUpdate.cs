using Microsoft.EntityFrameworkCore;

namespace Configurator.Data;

/// <summary>The load-change-save loop of aggregates stored with a concurrency token.</summary>
internal static class OptimisticUpdate
{
    private const int MaxConcurrentUpdateRetries = 10;

    /// <summary>
    /// Loads a tracked row, restores its aggregate, applies the change, copies it back (apply says whether anything
    /// changed), and saves; a concurrent save makes it start over from the fresh row. Null when there is no such row.
    /// </summary>
    public static async Task<TAggregate?> UpdateWithRetriesAsync<TRecord, TAggregate>(this ConfiguratorDbContext db,
        Func<CancellationToken, Task<TRecord?>> load, Func<TRecord, Task<TAggregate>> restore, Action<TAggregate> change,
        Func<TAggregate, TRecord, bool> apply, CancellationToken cancellationToken)
        where TRecord : class where TAggregate : class
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var record = await load(cancellationToken);
                if (record is null) return null;
                var aggregate = await restore(record);
                change(aggregate);
                if (!apply(aggregate, record)) return aggregate;
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
