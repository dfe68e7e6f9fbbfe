using System.Text.Json;
using System.Text.Json.Serialization;
using Refit;

namespace Erp.Http;

public static class ErpRefitSettings
{
    /// <summary>
    /// System.Text.Json with the vendors' names taken from each DTO's [JsonPropertyName], and absent
    /// optional fields left out of the body (ERPs read an explicit null as "clear this field").
    /// </summary>
    public static RefitSettings Create() => new(new SystemTextJsonContentSerializer(new JsonSerializerOptions(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    }));
}
