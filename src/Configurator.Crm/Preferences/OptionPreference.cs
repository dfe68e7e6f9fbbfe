namespace Configurator.Crm.Preferences;

/// <summary>How much a customer favours one option: the decayed sum of its events, and how often it was ordered.</summary>
public sealed record OptionPreference(string FamilyId, string GroupId, string OptionId, double Weight, int TimesOrdered);
