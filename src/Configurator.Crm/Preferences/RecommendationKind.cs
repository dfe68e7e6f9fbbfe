namespace Configurator.Crm.Preferences;

public enum RecommendationKind
{
    /// <summary>The next tier up from what the customer usually chooses in a group.</summary>
    UpSell,
    /// <summary>An option that customers with the same habits order alongside.</summary>
    CrossSell,
}
