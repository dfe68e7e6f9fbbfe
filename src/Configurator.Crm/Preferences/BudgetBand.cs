namespace Configurator.Crm.Preferences;

/// <summary>
/// What a customer usually spends per unit in a family, from quoted and ordered configurations:
/// the lower quartile, median and upper quartile (linear interpolation), and how many prices that took.
/// </summary>
public sealed record BudgetBand(string FamilyId, decimal LowerQuartile, decimal Median, decimal UpperQuartile, int Samples);
