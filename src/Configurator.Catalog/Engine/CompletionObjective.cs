namespace Configurator.Catalog.Engine;

public enum CompletionObjective
{
    /// <summary>Lowest list price.</summary>
    Cheapest,
    /// <summary>Shortest lead time, then lowest list price.</summary>
    Fastest,
}
