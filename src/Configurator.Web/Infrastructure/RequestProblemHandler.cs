using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace Configurator.Web.Infrastructure;

/// <summary>
/// Turns requests the framework could not read (malformed JSON, wrong types, oversized bodies)
/// into RFC 9457 problem documents that name the field at fault, instead of a bare status.
/// </summary>
internal sealed class RequestProblemHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad) return false;
        var (field, message) = bad.InnerException switch
        {
            JsonException json => (FieldOf(json.Path), Clean(json)),
            _ when bad.StatusCode == StatusCodes.Status413PayloadTooLarge => ("body", "The request body is larger than this endpoint accepts."),
            _ => ("body", bad.Message),
        };
        context.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails =
            {
                Status = bad.StatusCode,
                Title = bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "Request body too large" : "The request could not be read",
                Detail = message,
                Extensions = { ["errors"] = new Dictionary<string, string[]> { [field] = [message] } },
            },
        });
    }

    /// <summary>"$.picks[2]" becomes "picks[2]"; the whole body is "body".</summary>
    private static string FieldOf(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "body" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;

    private static string Clean(JsonException json)
    {
        var message = json.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
