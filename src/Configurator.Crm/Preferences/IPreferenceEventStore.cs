namespace Configurator.Crm.Preferences;

/// <summary>Where preference events are kept; the Data project implements it on EF Core.</summary>
public interface IPreferenceEventStore
{
    Task AppendAsync(IReadOnlyList<PreferenceEvent> events, CancellationToken cancellationToken);

    Task<IReadOnlyList<PreferenceEvent>> ForCustomerAsync(CustomerNumber customer, CancellationToken cancellationToken);

    /// <summary>Every ordered configuration of a family (its options), for cross-selling from similar customers.</summary>
    Task<IReadOnlyList<OrderedConfiguration>> OrderedConfigurationsAsync(string familyId, CancellationToken cancellationToken);
}
