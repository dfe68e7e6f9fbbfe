using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Configurator.Catalog.Model;

/// <summary>
/// The content hash of a loaded product model: lower-case hex SHA-256 over every rules
/// file, in path order. Equal files give equal versions on every machine.
/// </summary>
[JsonConverter(typeof(ModelVersionJsonConverter))]
public readonly record struct ModelVersion
{
    public ModelVersion(string value)
    {
        Guard.Require(value is { Length: 64 } && value.All(char.IsAsciiHexDigitLower), nameof(value),
            "A model version is 64 lower-case hex digits.");
        Value = value;
    }

    public string Value { get; }

    public static ModelVersion Of(IEnumerable<(string RelativePath, byte[] Content)> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (path, content) in files.OrderBy(f => f.RelativePath, StringComparer.Ordinal))
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(path.Replace('\\', '/') + "\n"));
            hash.AppendData(content);
        }
        return new ModelVersion(Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    public override string ToString() => Value;
}

/// <summary>Writes a model version as its hex string.</summary>
public sealed class ModelVersionJsonConverter : JsonConverter<ModelVersion>
{
    public override ModelVersion Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new(reader.GetString() ?? throw new JsonException("A model version is a string."));

    public override void Write(Utf8JsonWriter writer, ModelVersion value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);
}
