namespace Configurator.Crm.Preferences;

/// <summary>
/// An option to suggest, the option of the customer's it follows from, and why in words.
/// Up-sells carry the price difference, cross-sells how many customers back them.
/// </summary>
public sealed record Recommendation(
    RecommendationKind Kind,
    string FamilyId,
    string OptionId,
    string BecauseOptionId,
    string Reason,
    decimal? PriceDifference = null,
    int? Customers = null);
