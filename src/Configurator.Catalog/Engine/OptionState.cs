namespace Configurator.Catalog.Engine;

public enum OptionAvailability
{
    /// <summary>Picked by the user.</summary>
    Selected,
    /// <summary>Not picked, but every valid completion of the picks contains it.</summary>
    Implied,
    /// <summary>Some valid completion contains it (replacing <see cref="OptionState.Replaces"/> in a single-choice group).</summary>
    Selectable,
    /// <summary>No valid completion contains it; <see cref="OptionState.Reasons"/> says why.</summary>
    Excluded,
}

/// <summary>What the engine says about one option of the family, given the picks.</summary>
public sealed record OptionState(
    string OptionId,
    string GroupId,
    OptionAvailability Availability,
    string? Replaces,
    IReadOnlyList<Reason> Reasons);
