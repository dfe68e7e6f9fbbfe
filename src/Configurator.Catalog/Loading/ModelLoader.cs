using System.Text.Json;
using Configurator.Catalog.Engine;
using Configurator.Catalog.Model;
using Configurator.Catalog.Rules;

namespace Configurator.Catalog.Loading;

/// <summary>
/// Loads rules/ into a <see cref="ProductModel"/>: each file is checked against its JSON Schema,
/// then for meaning (ids unique, references resolve), then compiled. Every error is collected
/// with its file and JSON path; any error means no model.
/// </summary>
public static class ModelLoader
{
    public const string CatalogFolder = "catalog";
    public const string ValidationFolder = "validation";
    public const string SchemaFolder = RulesFile.SchemaFolder;

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = false,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    public static async Task<ModelLoadResult> LoadAsync(string rulesRoot, CancellationToken cancellationToken = default)
    {
        var errors = new List<ModelError>();
        var contents = await RulesFile.ReadFolderAsync(rulesRoot, "", SearchOption.AllDirectories, cancellationToken);

        var familySchema = await RulesFile.LoadSchemaAsync(rulesRoot, "family.schema.json", errors);
        var rulesSchema = await RulesFile.LoadSchemaAsync(rulesRoot, "validation.schema.json", errors);
        if (familySchema is null || rulesSchema is null) return new ModelLoadResult(null, errors);

        var families = new List<(string File, FamilyDocument Document)>();
        var workflows = new List<(string File, WorkflowDocument[] Document)>();
        foreach (var (path, content) in contents)
        {
            if (path.StartsWith(CatalogFolder + "/", StringComparison.Ordinal))
            {
                if (RulesFile.Read<FamilyDocument>(path, content, familySchema, Json, errors) is { } family) families.Add((path, family));
            }
            else if (path.StartsWith(ValidationFolder + "/", StringComparison.Ordinal))
            {
                if (RulesFile.Read<WorkflowDocument[]>(path, content, rulesSchema, RulesFile.WorkflowJson, errors) is { } doc) workflows.Add((path, doc));
            }
        }
        if (families.Count == 0 && errors.Count == 0)
            errors.Add(new ModelError(CatalogFolder, "$", $"No product family files found under {Path.Combine(rulesRoot, CatalogFolder)}."));

        var built = new List<ProductFamily>();
        foreach (var (file, doc) in families)
        {
            if (built.Any(f => f.Id == doc.Id))
                errors.Add(new ModelError(file, "$.id", $"Family id '{doc.Id}' is used by another catalog file."));
            else if (FamilyBuilder.Build(file, doc, errors) is { } family)
                built.Add(family);
        }

        // With a catalog file broken, its family id is unknown: workflow names cannot be checked.
        var familyIds = errors.Count == 0 ? built.Select(f => f.Id).ToHashSet() : null;
        var rules = BuildRules(workflows, familyIds, errors);
        if (errors.Count > 0) return new ModelLoadResult(null, errors);

        var (ruleSet, ruleErrors) = BusinessRuleSet.Compile(rules.Select(r => r.Rule));
        foreach (var (rule, message) in ruleErrors)
        {
            var at = rules.First(r => r.Rule == rule);
            errors.Add(new ModelError(at.File, at.Path + ".Expression", message));
        }
        if (ruleSet is null) return new ModelLoadResult(null, errors);

        var compiled = built.Select(f => FamilyCompiler.Compile(f)).ToArray();
        return new ModelLoadResult(new ProductModel(ModelVersion.Of(contents), compiled, ruleSet), []);
    }

    private static List<(string File, string Path, BusinessRule Rule)> BuildRules(
        List<(string File, WorkflowDocument[] Document)> workflows, HashSet<string>? familyIds, List<ModelError> errors)
    {
        var rules = new List<(string, string, BusinessRule)>();
        var seen = new HashSet<(string, string)>();
        foreach (var (file, document) in workflows)
        {
            for (var w = 0; w < document.Length; w++)
            {
                var workflow = document[w];
                if (familyIds is not null && workflow.WorkflowName != BusinessRuleSet.AllFamilies && !familyIds.Contains(workflow.WorkflowName))
                    errors.Add(new ModelError(file, $"$[{w}].WorkflowName",
                        $"'{workflow.WorkflowName}' is neither a family id nor '{BusinessRuleSet.AllFamilies}'."));
                for (var r = 0; r < workflow.Rules.Length; r++)
                {
                    var rule = workflow.Rules[r];
                    var path = $"$[{w}].Rules[{r}]";
                    if (!seen.Add((workflow.WorkflowName, rule.RuleName)))
                        errors.Add(new ModelError(file, path + ".RuleName", $"Rule '{rule.RuleName}' appears twice in workflow '{workflow.WorkflowName}'."));
                    if (rule.Enabled == false) continue;
                    var severity = rule.Properties?.GetValueOrDefault("severity") == "warning" ? RuleSeverity.Warning : RuleSeverity.Error;
                    rules.Add((file, path, new BusinessRule(workflow.WorkflowName, rule.RuleName, rule.Expression, rule.ErrorMessage, severity)));
                }
            }
        }
        return rules;
    }
}
