using System.Net;
using Erp.Abstractions;
using Erp.Http;
using Erp.SapS4.Wire;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Refit;

namespace Erp.SapS4;

/// <summary>Sales orders in SAP S/4HANA through API_SALES_ORDER_SRV; see docs/erp-adapters.md for the field mapping.</summary>
public sealed class SapS4Adapter(
    ISapS4SalesOrderApi api, SapCsrfSessionCache csrfSessions, IOptions<SapS4Options> options, ILogger<SapS4Adapter> logger) : IErpAdapter
{
    public const string AdapterName = "sap-s4";
    const string SystemName = "SAP S/4HANA";
    const string CsrfHeader = "x-csrf-token";

    public string Name => AdapterName;

    public async Task<ErpSubmission> SubmitAsync(ErpSalesOrder order, CancellationToken cancellationToken)
    {
        if (await FindAsync(order.ExternalReference, cancellationToken) is { } existing)
        {
            logger.LogInformation("Order {ExternalReference} already exists in SAP as {SalesOrder}; not creating it again",
                order.ExternalReference, existing.SalesOrder);
            return new ErpSubmission(existing.SalesOrder, AlreadyExisted: true);
        }

        var request = SapSalesOrderTranslation.ToCreateRequest(order, options.Value);
        var created = await SendModifyingAsync(
            session => api.CreateSalesOrderAsync(request, session.Token, session.Cookie, cancellationToken), cancellationToken);
        logger.LogInformation("Created SAP sales order {SalesOrder} for order {ExternalReference} in sales organization {SalesOrganization}",
            created.D.SalesOrder, order.ExternalReference, order.Target.Company);
        return new ErpSubmission(created.D.SalesOrder, AlreadyExisted: false);
    }

    public async Task<ErpOrderState?> GetStatusAsync(ErpTarget target, string externalReference, CancellationToken cancellationToken) =>
        (await FindAsync(externalReference, cancellationToken))?.ToState();

    /// <summary>Rejects every top-level item; SAP then reports the whole order as rejected. Sub-items follow their parent.</summary>
    public async Task CancelAsync(ErpTarget target, string externalReference, CancellationToken cancellationToken)
    {
        var order = await FindAsync(externalReference, cancellationToken)
            ?? throw new ErpException(ErpErrorKind.Rejected, $"{SystemName} has no sales order for reference {externalReference} to cancel.");
        var items = await ErpFailures.GuardAsync(SystemName, ErpRequestEffect.ReadOnly,
            () => api.GetItemsAsync(order.SalesOrder, cancellationToken), cancellationToken);

        var rejection = new SapItemRejection(options.Value.CancellationReason);
        foreach (var item in items.D.Results.Where(i => i.IsTopLevel))
        {
            await SendModifyingAsync(async session =>
            {
                await api.RejectItemAsync(order.SalesOrder, item.SalesOrderItem, rejection, session.Token, session.Cookie, cancellationToken);
                return item;
            }, cancellationToken);
        }
        logger.LogInformation("Rejected the items of SAP sales order {SalesOrder} (order {ExternalReference})", order.SalesOrder, externalReference);
    }

    async Task<SapSalesOrderHeader?> FindAsync(string externalReference, CancellationToken cancellationToken)
    {
        var filter = ODataFilter.Equal("PurchaseOrderByCustomer", externalReference);
        var found = await ErpFailures.GuardAsync(SystemName, ErpRequestEffect.ReadOnly,
            () => api.FindSalesOrdersAsync(filter, cancellationToken), cancellationToken);
        return found.D.Results.FirstOrDefault();
    }

    /// <summary>
    /// Sends with the cached CSRF session; when SAP answers 403 with <c>x-csrf-token: Required</c> (the token
    /// expired), fetches a new session once and sends again. A 403 means nothing was applied, so repeating is safe.
    /// </summary>
    async Task<T> SendModifyingAsync<T>(Func<SapCsrfSession, Task<T>> send, CancellationToken cancellationToken)
    {
        var session = await CurrentSessionAsync(cancellationToken);
        try
        {
            return await ErpFailures.GuardAsync(SystemName, ErpRequestEffect.Modifying, () => send(session), cancellationToken);
        }
        catch (ErpException refused) when (refused.InnerException is ApiException answer && IsCsrfTokenRequired(answer))
        {
            logger.LogInformation("SAP no longer accepts the CSRF token; fetching a new one and sending again");
            csrfSessions.Forget(session);
            var fresh = await CurrentSessionAsync(cancellationToken);
            return await ErpFailures.GuardAsync(SystemName, ErpRequestEffect.Modifying, () => send(fresh), cancellationToken);
        }
    }

    Task<SapCsrfSession> CurrentSessionAsync(CancellationToken cancellationToken) =>
        ErpFailures.GuardAsync(SystemName, ErpRequestEffect.ReadOnly,
            () => csrfSessions.GetAsync(FetchSessionAsync, cancellationToken), cancellationToken);

    async Task<SapCsrfSession> FetchSessionAsync(CancellationToken cancellationToken)
    {
        using var response = await api.FetchCsrfTokenAsync("Fetch", cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            throw ErpFailures.FromStatus(SystemName, response.StatusCode, ODataErrorMessage.Read(body));
        }
        var token = response.Headers.TryGetValues(CsrfHeader, out var tokens) ? tokens.FirstOrDefault() : null;
        if (string.IsNullOrWhiteSpace(token))
            throw new ErpException(ErpErrorKind.Rejected, $"{SystemName} handed out no CSRF token; check the communication user's authorizations.");
        var cookie = response.Headers.TryGetValues("Set-Cookie", out var setCookies) ? SapCsrfSession.CookieHeaderFrom(setCookies) : null;
        logger.LogDebug("Fetched a CSRF token from SAP");
        return new SapCsrfSession(token, cookie);
    }

    static bool IsCsrfTokenRequired(ApiException answer) =>
        answer.StatusCode == HttpStatusCode.Forbidden
        && answer.Headers.TryGetValues(CsrfHeader, out var values)
        && values.Any(v => string.Equals(v, "Required", StringComparison.OrdinalIgnoreCase));
}
