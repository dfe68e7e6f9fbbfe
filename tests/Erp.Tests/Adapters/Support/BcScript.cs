namespace Erp.Tests.Adapters.Support;

/// <summary>Paths and answers of Business Central API v2.0 as the recording server plays them.</summary>
public static class BcScript
{
    public const string CompanyId = "6f1c3b4e-2a9d-4e57-9c1a-0b8e7d5f3a21";
    public const string OrderId = "960f5c9c-44e3-ea11-bb43-000d3a2feca1";
    public const string SalesOrders = $"/api/v2.0/companies({CompanyId})/salesOrders";
    public const string Order = $"/api/v2.0/companies({CompanyId})/salesOrders({OrderId})";

    public static readonly ScriptedResponse NothingFound =
        ScriptedResponse.Json(200, """{"@odata.context":"https://bc/api/v2.0/$metadata#companies(x)/salesOrders","value":[]}""");

    public static ScriptedResponse Found(string status = "Open", bool fullyShipped = false) => ScriptedResponse.Json(200,
        "{\"@odata.context\":\"https://bc/api/v2.0/$metadata#salesOrders\",\"value\":[" + Order_(status, fullyShipped) + "]}");

    public static ScriptedResponse Created() => ScriptedResponse.Json(201, Order_("Draft", false));

    public static ScriptedResponse Error(int status, string message) =>
        ScriptedResponse.Json(status, "{\"error\":{\"code\":\"BadRequest_InvalidValue\",\"message\":\"" + message + "\"}}");

    static string Order_(string status, bool fullyShipped) =>
        $$"""{"@odata.etag":"W/\"JzQ0O1\"","id":"{{OrderId}}","number":"S-ORD101001","externalDocumentNumber":"Q-1001","status":"{{status}}","fullyShipped":{{(fullyShipped ? "true" : "false")}}}""";
}
