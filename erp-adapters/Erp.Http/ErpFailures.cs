using System.Net;
using Erp.Abstractions;
using Polly.CircuitBreaker;
using Polly.Timeout;
using Refit;

namespace Erp.Http;

/// <summary>
/// Turns what goes wrong on the wire into an <see cref="ErpException"/> whose kind tells the workflow what to do next.
/// The caller's own cancellation is not a failure and propagates as <see cref="OperationCanceledException"/>.
/// </summary>
public static class ErpFailures
{
    public static async Task<T> GuardAsync<T>(string system, ErpRequestEffect effect, Func<Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call();
        }
        catch (ApiException answered)
        {
            throw FromStatus(system, answered.StatusCode, ODataErrorMessage.Read(answered.Content), answered);
        }
        catch (ApiRequestException unanswered) when (unanswered.InnerException is { } cause && !cancellationToken.IsCancellationRequested)
        {
            throw FromTransport(system, effect, cause);
        }
        catch (Exception transport) when (IsTransport(transport) && !cancellationToken.IsCancellationRequested)
        {
            throw FromTransport(system, effect, transport);
        }
    }

    public static Task GuardAsync(string system, ErpRequestEffect effect, Func<Task> call, CancellationToken cancellationToken) =>
        GuardAsync(system, effect, async () => { await call(); return true; }, cancellationToken);

    public static ErpException FromStatus(string system, HttpStatusCode status, string? vendorMessage, Exception? inner = null)
    {
        var code = (int)status;
        var detail = vendorMessage is null ? $"{system} answered {code}." : $"{system} answered {code}: {vendorMessage}";
        var kind = status is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout || code >= 500
            ? ErpErrorKind.Transient
            : ErpErrorKind.Rejected;
        return new ErpException(kind, detail, inner);
    }

    static bool IsTransport(Exception exception) =>
        exception is HttpRequestException or TimeoutRejectedException or BrokenCircuitException or OperationCanceledException;

    static ErpException FromTransport(string system, ErpRequestEffect effect, Exception cause)
    {
        if (cause is BrokenCircuitException)
            return new ErpException(ErpErrorKind.Transient, $"{system} is not being called for now: too many recent failures.", cause);
        if (cause is HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError or HttpRequestError.SecureConnectionError })
            return new ErpException(ErpErrorKind.Transient, $"{system} could not be reached: {cause.Message}", cause);

        var what = cause is TimeoutRejectedException or OperationCanceledException ? "did not answer in time" : "dropped the connection";
        return effect == ErpRequestEffect.ReadOnly
            ? new ErpException(ErpErrorKind.Transient, $"{system} {what}.", cause)
            : new ErpException(ErpErrorKind.UnknownOutcome, $"{system} {what} after the change was sent; look the order up before trying again.", cause);
    }
}
