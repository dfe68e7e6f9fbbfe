using Configurator.Crm;
using Configurator.Crm.Preferences;

namespace Configurator.Tests.Crm.Preferences;

/// <summary>Builds a customer's event history relative to one as-of date, days ago at a time.</summary>
internal sealed class History(string customer, string familyId = "business-laptop")
{
    public static readonly DateTimeOffset AsOf = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    private readonly List<PreferenceEvent> _events = [];

    public CustomerNumber Customer { get; } = new(customer);
    public IReadOnlyList<PreferenceEvent> Events => _events;

    public History Option(PreferenceEventKind kind, string groupId, string optionId, double daysAgo = 0)
    {
        _events.Add(new PreferenceEvent(Customer, familyId, optionId, groupId, kind, AsOf.AddDays(-daysAgo)));
        return this;
    }

    /// <summary>A whole configuration: one event per option and one for the configuration with its price.</summary>
    public History Configuration(PreferenceEventKind kind, double daysAgo, decimal? price, int? leadTimeDays = null, decimal? discount = null,
        params (string Group, string Option)[] options)
    {
        foreach (var (group, option) in options) Option(kind, group, option, daysAgo);
        _events.Add(new PreferenceEvent(Customer, familyId, null, null, kind, AsOf.AddDays(-daysAgo), price, leadTimeDays, discount));
        return this;
    }

    public CustomerProfile Profile(ProfileWeights? weights = null) => ProfileBuilder.Build(Customer, _events, AsOf, weights);
}
