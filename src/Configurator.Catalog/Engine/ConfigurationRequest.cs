using Configurator.Catalog.Model;

namespace Configurator.Catalog.Engine;

/// <summary>A partial selection: option ids in the order the user picked them, and the context.</summary>
public sealed record ConfigurationRequest(IReadOnlyList<string> Picks, SelectionContext Context);
