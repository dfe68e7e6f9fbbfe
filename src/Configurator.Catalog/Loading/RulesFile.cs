using System.Text.Json;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Configurator.Catalog.Loading;

/// <summary>
/// Reading rules files the one way every loader does: schemas from rules/schema, files checked
/// against their schema before they are deserialized, and each problem reported as a
/// <see cref="ModelError"/> naming the file (relative to rules/) and the JSON path.
/// </summary>
public static class RulesFile
{
    public const string SchemaFolder = "schema";

    /// <summary>RulesEngine workflow files keep RulesEngine's PascalCase names.</summary>
    public static readonly JsonSerializerOptions WorkflowJson = new() { ReadCommentHandling = JsonCommentHandling.Skip };

    /// <summary>The *.json files of a folder under rules/, with paths relative to rules/ using '/', in ordinal path order.</summary>
    public static async Task<IReadOnlyList<(string RelativePath, byte[] Content)>> ReadFolderAsync(
        string rulesRoot, string folder, SearchOption search, CancellationToken cancellationToken)
    {
        var directory = Path.Combine(rulesRoot, folder);
        var files = Directory.Exists(directory)
            ? Directory.GetFiles(directory, "*.json", search).Order(StringComparer.Ordinal).ToArray()
            : [];
        var contents = new List<(string, byte[])>();
        foreach (var file in files)
            contents.Add((Path.GetRelativePath(rulesRoot, file).Replace('\\', '/'), await File.ReadAllBytesAsync(file, cancellationToken)));
        return contents;
    }

    public static async Task<JsonSchema?> LoadSchemaAsync(string rulesRoot, string name, List<ModelError> errors)
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

    /// <summary>The file as <typeparamref name="T"/>, or null with its schema violations or JSON syntax error added to <paramref name="errors"/>.</summary>
    public static T? Read<T>(string file, byte[] content, JsonSchema schema, JsonSerializerOptions options, List<ModelError> errors)
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
    private static IEnumerable<ValidationError> Flatten(ValidationError error) =>
        error is ChildSchemaValidationError child && child.Errors.Count > 0
            ? child.Errors.Values.OrderBy(e => e.Count).First().SelectMany(Flatten)
            : [error];

    private static string Describe(ValidationError error) =>
        error.Property is { } property && error.Kind.ToString().Contains("Property", StringComparison.Ordinal)
            ? $"{error.Kind} ({property})"
            : error.Kind.ToString();

    /// <summary>NJsonSchema writes "#/groups[2]" and, in a top-level array, "#/[1].Rules"; both become plain JSON paths.</summary>
    private static string JsonPath(string? schemaPath)
    {
        var path = schemaPath?.TrimStart('#', '/');
        return string.IsNullOrEmpty(path) ? "$" : path.StartsWith('[') ? "$" + path : "$." + path;
    }
}
