namespace Configurator.Crm.Analysis;

/// <summary>Buying-power estimates and quarterly RAD snapshots; the Data project implements it on EF Core.</summary>
public interface IRadRepository
{
    /// <summary>The account's estimates, oldest first, or an empty history in <paramref name="currency"/>.</summary>
    Task<BuyingPowerHistory> BuyingPowerAsync(CustomerNumber account, string currency, CancellationToken cancellationToken);

    Task AddEstimateAsync(CustomerNumber account, BuyingPowerEstimate estimate, CancellationToken cancellationToken);

    /// <summary>Replaces the quarter's snapshots: a re-run of a quarter supersedes the earlier one.</summary>
    Task SaveSnapshotsAsync(Quarter quarter, IReadOnlyList<RadSnapshot> snapshots, CancellationToken cancellationToken);

    Task<IReadOnlyList<RadSnapshot>> SnapshotsAsync(Quarter quarter, CancellationToken cancellationToken);

    /// <summary>The account's snapshot of the latest quarter analysed, if any: its current class.</summary>
    Task<RadSnapshot?> LatestSnapshotAsync(CustomerNumber account, CancellationToken cancellationToken);
}
