namespace Configurator.Crm.Preferences;

/// <summary>What the customer did. Later steps of the funnel say more about what the customer wants.</summary>
public enum PreferenceEventKind
{
    Picked,
    Removed,
    Saved,
    Quoted,
    Ordered,
}
