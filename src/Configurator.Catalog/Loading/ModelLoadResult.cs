using Configurator.Catalog.Model;

namespace Configurator.Catalog.Loading;

/// <summary>Either a model ready to serve, or every error found (a broken model is never half-loaded).</summary>
public sealed record ModelLoadResult(ProductModel? Model, IReadOnlyList<ModelError> Errors)
{
    public bool Succeeded => Model is not null;
}
