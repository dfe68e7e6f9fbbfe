using Configurator.Catalog.Pricing;
using Configurator.Catalog.Rules;

namespace Configurator.Catalog.Engine;

/// <summary>A pick the engine could not apply, because it contradicts the picks before it.</summary>
public sealed record PickConflict(string OptionId, IReadOnlyList<Reason> Reasons);

/// <summary>A group that still needs picks before the configuration is complete.</summary>
public sealed record OpenRequirement(string GroupId, string GroupName, int Needed);

/// <summary>The engine's answer for a partial selection.</summary>
public sealed record ConfigurationResult(
    string FamilyId,
    IReadOnlyList<string> Selected,
    IReadOnlyList<string> Implied,
    IReadOnlyList<OptionState> Options,
    IReadOnlyList<PickConflict> Conflicts,
    IReadOnlyList<OpenRequirement> StillRequired,
    PriceBreakdown Price,
    int LeadTimeDays,
    IReadOnlyList<BusinessRuleResult> BusinessRules)
{
    /// <summary>Every required group is filled and the picks (with what they imply) satisfy every rule.</summary>
    public bool IsComplete { get; init; }

    /// <summary>Complete, without conflicts, and no business rule of severity error failed: ready to save for ordering.</summary>
    public bool IsOrderable => IsComplete && Conflicts.Count == 0 && BusinessRules.All(r => r.Passed || r.Severity != RuleSeverity.Error);
}
