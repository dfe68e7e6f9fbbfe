using Configurator.Catalog.Engine;
using Configurator.Catalog.Model;

namespace Configurator.Catalog.Configurations;

/// <summary>
/// A configuration as saved: an immutable snapshot of the picks, what they implied, the
/// context, the price and lead time, and the model version all of it was validated against;
/// and the customer it was saved for, when sales saved it for one.
/// </summary>
public sealed record SavedConfiguration(
    Guid Id,
    string FamilyId,
    ModelVersion ModelVersion,
    string? Name,
    IReadOnlyList<string> Picks,
    IReadOnlyList<string> Implied,
    SelectionContext Context,
    Money UnitPrice,
    Money TotalPrice,
    int LeadTimeDays,
    bool IsComplete,
    bool IsOrderable,
    DateTimeOffset SavedAt,
    string? CustomerNumber = null)
{
    /// <summary>Snapshots an engine answer; a configuration with conflicting picks is not a configuration.</summary>
    public static SavedConfiguration From(Guid id, ModelVersion version, string? name, ConfigurationRequest request,
        ConfigurationResult result, DateTimeOffset savedAt, string? customerNumber = null)
    {
        if (result.Conflicts.Count > 0)
            throw new InvalidOperationException("A configuration with conflicting picks cannot be saved.");
        return new SavedConfiguration(id, result.FamilyId, version, name, result.Selected, result.Implied, request.Context,
            result.Price.UnitPrice, result.Price.Total, result.LeadTimeDays, result.IsComplete, result.IsOrderable, savedAt, customerNumber);
    }
}
