namespace Erp.Tests.Adapters.Support;

/// <summary>Paths and answers of SAP's API_SALES_ORDER_SRV as the recording server plays them.</summary>
public static class SapScript
{
    public const string Service = "/sap/opu/odata/sap/API_SALES_ORDER_SRV";
    public const string Root = Service + "/";
    public const string SalesOrders = Service + "/A_SalesOrder";

    public static readonly ScriptedResponse NothingFound = ScriptedResponse.Json(200, """{"d":{"results":[]}}""");

    public static ScriptedResponse Found(string salesOrder, string processStatus = "A", string deliveryStatus = "A", string rejectionStatus = "A") =>
        ScriptedResponse.Json(200, $$$"""
            {"d":{"results":[{"SalesOrder":"{{{salesOrder}}}","PurchaseOrderByCustomer":"Q-1001","SalesOrganization":"1010",
              "OverallSDProcessStatus":"{{{processStatus}}}","OverallTotalDeliveryStatus":"{{{deliveryStatus}}}",
              "OverallSDDocumentRejectionSts":"{{{rejectionStatus}}}"}]}}
            """);

    public static ScriptedResponse Created(string salesOrder) =>
        ScriptedResponse.Json(201, $$$"""{"d":{"SalesOrder":"{{{salesOrder}}}","PurchaseOrderByCustomer":"Q-1001"}}""");

    public static ScriptedResponse Token(string token) => ScriptedResponse.Empty(200,
        ("x-csrf-token", token),
        ("Set-Cookie", $"SAP_SESSIONID_S4H_100={token}-session; path=/; HttpOnly"),
        ("Set-Cookie", "sap-usercontext=sap-client=100; path=/"));

    public static readonly ScriptedResponse TokenRequired = ScriptedResponse.Json(403,
        """{"error":{"code":"403","message":{"lang":"en","value":"CSRF token validation failed"}}}""", ("x-csrf-token", "Required"));

    public static ScriptedResponse Error(int status, string message) =>
        ScriptedResponse.Json(status, "{\"error\":{\"code\":\"V1/001\",\"message\":{\"lang\":\"en\",\"value\":\"" + message + "\"}}}");

    public static string Item(string salesOrder, string item) => $"{Service}/A_SalesOrderItem(SalesOrder='{salesOrder}',SalesOrderItem='{item}')";

    public static string Items(string salesOrder) => $"{Service}/A_SalesOrder('{salesOrder}')/to_Item";

    /// <summary>A server where the order does not exist yet and creating it succeeds.</summary>
    public static void AcceptNewOrder(RecordingErpServer server, string salesOrder = "4711")
    {
        server.On("GET", Root, Token("tok-1"));
        server.On("GET", SalesOrders, NothingFound);
        server.On("POST", SalesOrders, Created(salesOrder));
    }
}
