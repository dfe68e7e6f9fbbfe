using System.Text.Json.Serialization;

namespace Erp.SapS4.Wire;

/// <summary>OData v2 JSON wraps every answer in <c>{"d": ...}</c>.</summary>
public sealed record ODataV2Envelope<T>([property: JsonPropertyName("d")] T D);

/// <summary>An OData v2 collection: <c>{"d":{"results":[...]}}</c>.</summary>
public sealed record ODataV2Results<T>([property: JsonPropertyName("results")] IReadOnlyList<T> Results);
