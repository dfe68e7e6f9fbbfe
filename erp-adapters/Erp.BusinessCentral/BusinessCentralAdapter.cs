using Erp.Abstractions;
using Erp.BusinessCentral.Wire;
using Erp.Http;
using Microsoft.Extensions.Logging;

namespace Erp.BusinessCentral;

/// <summary>Sales orders in Dynamics 365 Business Central through API v2.0; see docs/erp-adapters.md for the field mapping.</summary>
public sealed class BusinessCentralAdapter(IBusinessCentralApi api, TimeProvider time, ILogger<BusinessCentralAdapter> logger) : IErpAdapter
{
    public const string AdapterName = "business-central";
    const string SystemName = "Business Central";

    public string Name => AdapterName;

    public async Task<ErpSubmission> SubmitAsync(ErpSalesOrder order, CancellationToken cancellationToken)
    {
        var company = CompanyId(order.Target);
        if (await FindAsync(company, order.ExternalReference, cancellationToken) is { } existing)
        {
            logger.LogInformation("Order {ExternalReference} already exists in Business Central as {OrderNumber}; not creating it again",
                order.ExternalReference, existing.Number);
            return new ErpSubmission(existing.Number, AlreadyExisted: true);
        }

        var request = BcSalesOrderTranslation.ToCreateRequest(order, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        var created = await ErpFailures.GuardAsync(SystemName, ErpRequestEffect.Modifying,
            () => api.CreateSalesOrderAsync(company, request, cancellationToken), cancellationToken);
        logger.LogInformation("Created Business Central sales order {OrderNumber} for order {ExternalReference} in company {CompanyId}",
            created.Number, order.ExternalReference, company);
        return new ErpSubmission(created.Number, AlreadyExisted: false);
    }

    public async Task<ErpOrderState?> GetStatusAsync(ErpTarget target, string externalReference, CancellationToken cancellationToken) =>
        (await FindAsync(CompanyId(target), externalReference, cancellationToken))?.ToState();

    /// <summary>Business Central has no cancelled state for an open order: cancelling deletes it.</summary>
    public async Task CancelAsync(ErpTarget target, string externalReference, CancellationToken cancellationToken)
    {
        var company = CompanyId(target);
        var order = await FindAsync(company, externalReference, cancellationToken)
            ?? throw new ErpException(ErpErrorKind.Rejected, $"{SystemName} has no sales order for reference {externalReference} to cancel.");
        await ErpFailures.GuardAsync(SystemName, ErpRequestEffect.Modifying,
            () => api.DeleteSalesOrderAsync(company, order.Id, cancellationToken), cancellationToken);
        logger.LogInformation("Deleted Business Central sales order {OrderNumber} (order {ExternalReference})", order.Number, externalReference);
    }

    async Task<BcSalesOrder?> FindAsync(Guid company, string externalReference, CancellationToken cancellationToken)
    {
        var filter = ODataFilter.Equal("externalDocumentNumber", externalReference);
        var found = await ErpFailures.GuardAsync(SystemName, ErpRequestEffect.ReadOnly,
            () => api.FindSalesOrdersAsync(company, filter, cancellationToken), cancellationToken);
        return found.Value.FirstOrDefault();
    }

    /// <summary>Routing names a Business Central company by its id; anything else is a configuration error no retry fixes.</summary>
    static Guid CompanyId(ErpTarget target) =>
        Guid.TryParse(target.Company, out var id)
            ? id
            : throw new ErpException(ErpErrorKind.Rejected, $"'{target.Company}' is not a Business Central company id (a GUID).");
}
