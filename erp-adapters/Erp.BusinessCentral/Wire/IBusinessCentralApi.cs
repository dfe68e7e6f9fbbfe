using Refit;

namespace Erp.BusinessCentral.Wire;

/// <summary>Business Central API v2.0 (OData v4), as much of it as the adapter uses.</summary>
[Headers("Accept: application/json")]
public interface IBusinessCentralApi
{
    const string Company = "/api/v2.0/companies({companyId})";

    [Get(Company + "/salesOrders")]
    Task<ODataV4Collection<BcSalesOrder>> FindSalesOrdersAsync(Guid companyId, [AliasAs("$filter")] string filter,
        CancellationToken cancellationToken);

    [Post(Company + "/salesOrders")]
    Task<BcSalesOrder> CreateSalesOrderAsync(Guid companyId, [Body] BcSalesOrderCreate order, CancellationToken cancellationToken);

    /// <summary><c>If-Match: *</c> deletes whatever version the order is at: cancelling does not depend on edits made meanwhile.</summary>
    [Delete(Company + "/salesOrders({orderId})")]
    [Headers("If-Match: *")]
    Task DeleteSalesOrderAsync(Guid companyId, Guid orderId, CancellationToken cancellationToken);
}
