namespace Configurator.Web.DataGeneration;

/// <summary>Where generated customers live: the Bogus locale for their names and addresses, the country, and the configurator's region.</summary>
internal sealed record Market(string Locale, string Country, string Region, int Weight)
{
    /// <summary>Weighted roughly like a North American and European vendor's customer base; every region of the routing rules appears.</summary>
    public static readonly IReadOnlyList<Market> All =
    [
        new("en_US", "US", "NA", 30), new("en_CA", "CA", "NA", 5), new("es_MX", "MX", "LATAM", 4), new("pt_BR", "BR", "LATAM", 4),
        new("de", "DE", "EU", 12), new("fr", "FR", "EU", 7), new("nl", "NL", "EU", 4), new("it", "IT", "EU", 3),
        new("en_GB", "GB", "UK", 8), new("en_ZA", "ZA", "MEA", 3), new("en_AU", "AU", "APAC", 5), new("en_IND", "IN", "IN", 5),
        new("ja", "JP", "JP", 4), new("zh_CN", "CN", "CN", 4),
    ];
}
