namespace Configurator.Crm.Preferences;

/// <summary>
/// One change to a customer's usual picks, in words. For <see cref="RepairKind.Replaced"/>,
/// <see cref="OptionId"/> is the usual pick and <see cref="ReplacementId"/> what took its place.
/// </summary>
public sealed record Repair(string OptionId, RepairKind Kind, string Reason, string? ReplacementId = null);
