namespace Configurator.Crm.Preferences;

/// <summary>Where preference events are kept; the Data project implements it on EF Core.</summary>
public interface IPreferenceEventStore
{
    Task AppendAsync(IReadOnlyList<PreferenceEvent> events, CancellationToken cancellationToken);

    Task<IReadOnlyList<PreferenceEvent>> ForCustomerAsync(CustomerNumber customer, CancellationToken cancellationToken);

    /// <summary>The family's latest ordered configurations (their options), newest first, for cross-selling from other customers.</summary>
    Task<IReadOnlyList<OrderedConfiguration>> OrderedConfigurationsAsync(string familyId, int latest, CancellationToken cancellationToken);
}
