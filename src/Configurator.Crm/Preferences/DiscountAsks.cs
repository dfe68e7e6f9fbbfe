namespace Configurator.Crm.Preferences;

/// <summary>How often the customer asked for a discount and how much on average (percent); null average when never.</summary>
public sealed record DiscountAsks(int Count, decimal? AveragePercent);
