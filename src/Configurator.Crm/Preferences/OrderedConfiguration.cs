namespace Configurator.Crm.Preferences;

/// <summary>The options of one ordered configuration: what cross-selling learns from.</summary>
public sealed record OrderedConfiguration(CustomerNumber Customer, string FamilyId, IReadOnlyList<string> OptionIds);
