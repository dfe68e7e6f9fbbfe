using Configurator.Catalog.Loading;
using Configurator.Catalog.Model;
using Configurator.Tests.Support;

namespace Configurator.Tests.Crm.Preferences;

/// <summary>The shipped model from rules/, loaded once, and edited copies of it.</summary>
internal static class ReferenceModel
{
    private static readonly Lazy<Task<ProductModel>> Shipped = new(() => Load(RulesFolder.Repository));

    public static Task<ProductModel> Current => Shipped.Value;

    /// <summary>The model with one option taken out of a family's group and out of every rule naming it.</summary>
    public static async Task<ProductModel> Without(string familyFile, string optionId)
    {
        using var rules = new RulesFolder();
        rules.Edit(familyFile, family =>
        {
            foreach (var group in family["groups"]!.AsArray())
            {
                var options = group!["options"]!.AsArray();
                if (options.FirstOrDefault(o => (string?)o!["id"] == optionId) is { } option) options.Remove(option);
            }
            foreach (var constraint in family["constraints"]!.AsArray())
                foreach (var list in constraint!.AsObject().Select(p => p.Value).OfType<System.Text.Json.Nodes.JsonArray>())
                    if (list.FirstOrDefault(n => n is System.Text.Json.Nodes.JsonValue && (string?)n == optionId) is { } reference)
                        list.Remove(reference);
        });
        return await Load(rules.Path);
    }

    private static async Task<ProductModel> Load(string path)
    {
        var result = await ModelLoader.LoadAsync(path);
        result.Errors.ShouldBeEmpty();
        return result.Model!;
    }
}
