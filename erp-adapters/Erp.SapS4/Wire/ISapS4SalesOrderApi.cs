using Refit;

namespace Erp.SapS4.Wire;

/// <summary>
/// SAP S/4HANA's sales order API (OData v2, API_SALES_ORDER_SRV), as much of it as the adapter uses.
/// Modifying calls carry the CSRF token and the session cookie it belongs to.
/// </summary>
[Headers("Accept: application/json")]
public interface ISapS4SalesOrderApi
{
    const string Service = "/sap/opu/odata/sap/API_SALES_ORDER_SRV";

    /// <summary>GET on the service root with <c>x-csrf-token: Fetch</c>; the answer's headers hold the token and cookies.</summary>
    [Get(Service + "/")]
    Task<HttpResponseMessage> FetchCsrfTokenAsync([Header("x-csrf-token")] string fetch, CancellationToken cancellationToken);

    [Get(Service + "/A_SalesOrder?$format=json")]
    Task<ODataV2Envelope<ODataV2Results<SapSalesOrderHeader>>> FindSalesOrdersAsync(
        [AliasAs("$filter")] string filter, CancellationToken cancellationToken);

    [Get(Service + "/A_SalesOrder('{salesOrder}')/to_Item?$format=json")]
    Task<ODataV2Envelope<ODataV2Results<SapSalesOrderItem>>> GetItemsAsync(string salesOrder, CancellationToken cancellationToken);

    [Post(Service + "/A_SalesOrder")]
    Task<ODataV2Envelope<SapSalesOrderHeader>> CreateSalesOrderAsync([Body] SapSalesOrderCreate order,
        [Header("x-csrf-token")] string csrfToken, [Header("Cookie")] string? sessionCookie, CancellationToken cancellationToken);

    [Patch(Service + "/A_SalesOrderItem(SalesOrder='{salesOrder}',SalesOrderItem='{salesOrderItem}')")]
    Task RejectItemAsync(string salesOrder, string salesOrderItem, [Body] SapItemRejection rejection,
        [Header("x-csrf-token")] string csrfToken, [Header("Cookie")] string? sessionCookie, CancellationToken cancellationToken);
}
