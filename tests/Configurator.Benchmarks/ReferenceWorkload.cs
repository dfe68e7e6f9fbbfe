using Configurator.Catalog.Engine;
using Configurator.Catalog.Loading;
using Configurator.Catalog.Model;
using Configurator.Catalog.Pricing;

namespace Configurator.Benchmarks;

public enum SelectionStage { Empty, Half, NearlyComplete }

/// <summary>The reference model and three selections per family: none, half, and all but one group of its cheapest completion.</summary>
internal sealed class ReferenceWorkload
{
    public static readonly SelectionContext Context = new("NA", new DateOnly(2026, 11, 23), 1, "enterprise");

    private ReferenceWorkload(ProductModel model) => Model = model;

    public ProductModel Model { get; }

    public static async Task<ReferenceWorkload> LoadAsync()
    {
        var result = await ModelLoader.LoadAsync(Configurator.Testing.RepositoryRoot.Rules);
        if (result.Model is null) throw new InvalidOperationException(string.Join(Environment.NewLine, result.Errors));
        return new ReferenceWorkload(result.Model);
    }

    public CompiledFamily Family(string id) => Model.TryGetFamily(id, out var family) ? family : throw new ArgumentException(id);

    public ConfigurationRequest Request(string familyId, SelectionStage stage)
    {
        var family = Family(familyId);
        var complete = new CompletionFinder(ListPriceCalculator.Instance)
            .Complete(family, new ConfigurationRequest([], Context), CompletionObjective.Cheapest).Options!;
        var take = stage switch
        {
            SelectionStage.Empty => 0,
            SelectionStage.Half => complete.Count / 2,
            _ => complete.Count - 1,
        };
        return new ConfigurationRequest([.. complete.Take(take)], Context);
    }
}
