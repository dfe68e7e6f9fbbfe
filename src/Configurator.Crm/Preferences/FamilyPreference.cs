namespace Configurator.Crm.Preferences;

/// <summary>How much a customer favours a family: the decayed sum of its saved, quoted and ordered configurations.</summary>
public sealed record FamilyPreference(string FamilyId, double Weight);
