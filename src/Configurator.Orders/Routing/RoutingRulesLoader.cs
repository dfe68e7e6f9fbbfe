using Configurator.Catalog.Loading;
using Configurator.Catalog.Model;

namespace Configurator.Orders.Routing;

/// <summary>
/// Loads rules/routing/*.json: each file is checked against rules/schema/routing.schema.json,
/// then for meaning and compiled by <see cref="RoutingRulesCompiler"/>. Every error names its
/// file and JSON path; any error means no rules.
/// </summary>
public static class RoutingRulesLoader
{
    public const string RoutingFolder = "routing";
    public const string SchemaFile = "routing.schema.json";

    public static async Task<RoutingLoadResult> LoadAsync(string rulesRoot, CancellationToken ct = default)
    {
        var errors = new List<ModelError>();
        var files = await RulesFile.ReadFolderAsync(rulesRoot, RoutingFolder, SearchOption.TopDirectoryOnly, ct);
        if (files.Count == 0)
        {
            // Without routing rules no order can reach an ERP: that is a broken rules folder, not an empty policy.
            errors.Add(new ModelError(RoutingFolder, "$",
                $"No routing rules: no *.json file under {Path.Combine(rulesRoot, RoutingFolder)}, so orders cannot be routed."));
            return new RoutingLoadResult(null, errors);
        }

        var schema = await RulesFile.LoadSchemaAsync(rulesRoot, SchemaFile, errors);
        if (schema is null) return new RoutingLoadResult(null, errors);

        var documents = new List<(string File, WorkflowDocument[] Workflows)>();
        foreach (var (file, content) in files)
            if (RulesFile.Read<WorkflowDocument[]>(file, content, schema, RulesFile.WorkflowJson, errors) is { } workflows)
                documents.Add((file, workflows));
        if (errors.Count > 0) return new RoutingLoadResult(null, errors);

        var rules = RoutingRulesCompiler.Compile(ModelVersion.Of(files).Value, documents, errors);
        return errors.Count == 0 ? new RoutingLoadResult(rules, []) : new RoutingLoadResult(null, errors);
    }
}
