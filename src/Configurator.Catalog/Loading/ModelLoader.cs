using System.Text.Json;
using Configurator.Catalog.Engine;
using Configurator.Catalog.Model;
using Configurator.Catalog.Rules;
using NJsonSchema;

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
    public const string SchemaFolder = "schema";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = false,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    private static readonly JsonSerializerOptions RulesJson = new() { ReadCommentHandling = JsonCommentHandling.Skip };

    public static async Task<ModelLoadResult> LoadAsync(string rulesRoot, CancellationToken cancellationToken = default)
    {
        var errors = new List<ModelError>();
        var files = Directory.Exists(rulesRoot)
            ? Directory.GetFiles(rulesRoot, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray()
            : [];
        var contents = new List<(string RelativePath, byte[] Content)>();
        foreach (var file in files)
            contents.Add((Path.GetRelativePath(rulesRoot, file).Replace('\\', '/'), await File.ReadAllBytesAsync(file, cancellationToken)));

        var familySchema = await LoadSchemaAsync(rulesRoot, "family.schema.json", errors);
        var rulesSchema = await LoadSchemaAsync(rulesRoot, "validation.schema.json", errors);
        if (familySchema is null || rulesSchema is null) return new ModelLoadResult(null, errors);

        var families = new List<(string File, FamilyDocument Document)>();
        var workflows = new List<(string File, WorkflowDocument[] Document)>();
        foreach (var (path, content) in contents)
        {
            if (path.StartsWith(CatalogFolder + "/", StringComparison.Ordinal))
            {
                if (Read<FamilyDocument>(path, content, familySchema, Json, errors) is { } family) families.Add((path, family));
            }
            else if (path.StartsWith(ValidationFolder + "/", StringComparison.Ordinal))
            {
                if (Read<WorkflowDocument[]>(path, content, rulesSchema, RulesJson, errors) is { } doc) workflows.Add((path, doc));
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

    private static async Task<JsonSchema?> LoadSchemaAsync(string rulesRoot, string name, List<ModelError> errors)
    {
        var path = Path.Combine(rulesRoot, SchemaFolder, name);
        try
        {
            return await JsonSchema.FromFileAsync(path);
        }
        catch (Exception e) when (e is IOException or JsonException or Newtonsoft.Json.JsonException or InvalidOperationException)
        {
            errors.Add(new ModelError($"{SchemaFolder}/{name}", "$", $"The schema cannot be read: {e.Message}"));
            return null;
        }
    }

    private static T? Read<T>(string file, byte[] content, JsonSchema schema, JsonSerializerOptions options, List<ModelError> errors)
        where T : class
    {
        var text = System.Text.Encoding.UTF8.GetString(content);
        try
        {
            var schemaErrors = schema.Validate(text);
            if (schemaErrors.Count > 0)
            {
                errors.AddRange(schemaErrors.SelectMany(Flatten).Select(e => new ModelError(file, JsonPath(e.Path), Describe(e))));
                return null;
            }
            return JsonSerializer.Deserialize<T>(text, options);
        }
        catch (Newtonsoft.Json.JsonReaderException e)
        {
            errors.Add(new ModelError(file, "$" + (string.IsNullOrEmpty(e.Path) ? "" : "." + e.Path), $"Malformed JSON at line {e.LineNumber}, position {e.LinePosition}: {e.Message}"));
        }
        catch (JsonException e)
        {
            errors.Add(new ModelError(file, e.Path ?? "$", $"Malformed JSON at line {e.LineNumber + 1}: {e.Message}"));
        }
        return null;
    }

    /// <summary>A oneOf failure carries the branch errors; the innermost ones say what to fix.</summary>
    private static IEnumerable<NJsonSchema.Validation.ValidationError> Flatten(NJsonSchema.Validation.ValidationError error) =>
        error is NJsonSchema.Validation.ChildSchemaValidationError child && child.Errors.Count > 0
            ? child.Errors.Values.OrderBy(e => e.Count).First().SelectMany(Flatten)
            : [error];

    private static string Describe(NJsonSchema.Validation.ValidationError error) =>
        error.Property is { } property && error.Kind.ToString().Contains("Property", StringComparison.Ordinal)
            ? $"{error.Kind} ({property})"
            : error.Kind.ToString();

    private static string JsonPath(string? schemaPath) =>
        string.IsNullOrEmpty(schemaPath) || schemaPath == "#" ? "$" : "$." + schemaPath.TrimStart('#', '/');

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
