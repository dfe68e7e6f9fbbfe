namespace Configurator.Crm.Preferences;

/// <summary>
/// "Start from my usual" for one family: every option of the starting configuration, and each
/// change made to the customer's habits to get there. <see cref="IsComplete"/> is false when the
/// current model has no valid completion (or no such family, see <see cref="Problem"/>).
/// </summary>
public sealed record UsualConfiguration(
    string FamilyId,
    IReadOnlyList<string> Picks,
    IReadOnlyList<Repair> Repairs,
    bool IsComplete,
    string? Problem = null);
