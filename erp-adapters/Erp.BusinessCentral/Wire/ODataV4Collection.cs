using System.Text.Json.Serialization;

namespace Erp.BusinessCentral.Wire;

/// <summary>An OData v4 collection: <c>{"@odata.context":"...","value":[...]}</c>.</summary>
public sealed record ODataV4Collection<T>([property: JsonPropertyName("value")] IReadOnlyList<T> Value);
