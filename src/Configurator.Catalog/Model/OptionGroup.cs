namespace Configurator.Catalog.Model;

public enum SelectionMode { Single, Multi }

/// <summary>
/// A set of options the customer chooses from. A required group needs at least
/// <see cref="MinCount"/> picks; an optional one may stay empty. No group takes more than <see cref="MaxCount"/>.
/// </summary>
public sealed record OptionGroup(
    string Id,
    string Name,
    SelectionMode Selection,
    bool Required,
    int MinCount,
    int MaxCount,
    int DisplayOrder,
    IReadOnlyList<ProductOption> Options)
{
    public int LowerBound => Required ? Math.Max(1, MinCount) : 0;
}
