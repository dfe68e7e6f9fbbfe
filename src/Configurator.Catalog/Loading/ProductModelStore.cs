using Configurator.Catalog.Model;

namespace Configurator.Catalog.Loading;

/// <summary>Holds the model being served; a failed reload keeps the last good model, so a broken edit never takes the configurator down.</summary>
public sealed class ProductModelStore(string rulesRoot, TimeProvider time) : LastGoodStore<ProductModel, ModelLoadResult>(
    rulesRoot, "No product model is loaded", ModelLoader.LoadAsync, result => (result.Model, result.Errors), time);
