using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Configurator.Orders;
using Configurator.Orders.ErpSync;
using Erp.Abstractions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Configurator.Web.Apis;

/// <summary>
/// Status pushed by an ERP (or its integration layer): signed with a shared secret as
/// X-Erp-Signature: sha256=HMAC-SHA256(secret, body), applied to the order like a polled status.
/// </summary>
public static class ErpWebhookApi
{
    public const string SignatureHeader = "X-Erp-Signature";
    public const int MaxBodyBytes = 16 * 1024;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public sealed record StatusPush(string? System, string? Company, string? ExternalReference, string? ErpOrderNumber, string? Status, DateTimeOffset? OccurredAt);

    public sealed record PushResult(string ExternalReference, string Outcome);

    public static IEndpointRouteBuilder MapErpWebhookApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/erp/webhook", Receive).WithTags("ERP").RequireRateLimiting(Infrastructure.ApiProtectionExtensions.PublicPolicy);
        return app;
    }

    public static async Task<Results<Ok<PushResult>, ProblemHttpResult, ValidationProblem>> Receive(
        HttpRequest request, IOptionsMonitor<OrdersOptions> options, ErpStatusUpdater updater, CancellationToken cancellationToken)
    {
        if (options.CurrentValue.WebhookSecret is not { Length: > 0 } secret)
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Webhook not configured",
                detail: "Orders:WebhookSecret is not set, so no pushed status can be trusted.");

        var body = await ReadBodyAsync(request, cancellationToken);
        if (body is null) return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Body too large",
            detail: $"A status push has at most {MaxBodyBytes} bytes.");
        if (!SignatureMatches(request.Headers[SignatureHeader].ToString(), body, secret))
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Bad signature",
                detail: $"{SignatureHeader} must be sha256=<hex HMAC-SHA256 of the body with the shared secret>.",
                extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [SignatureHeader] = ["The signature does not match."] } });

        StatusPush? push;
        try
        {
            push = JsonSerializer.Deserialize<StatusPush>(body, Json);
        }
        catch (JsonException e)
        {
            return Problems.Invalid(new() { [e.Path ?? "$"] = [$"Malformed JSON: {e.Message}"] });
        }
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(push?.ExternalReference)) errors["externalReference"] = ["Required."];
        if (string.IsNullOrWhiteSpace(push?.ErpOrderNumber)) errors["erpOrderNumber"] = ["Required."];
        if (!Enum.TryParse<ErpOrderStatus>(push?.Status, ignoreCase: true, out var status) || int.TryParse(push?.Status, out _))
            errors["status"] = [$"Use one of {string.Join(", ", Enum.GetNames<ErpOrderStatus>())}."];
        if (errors.Count > 0) return Problems.Invalid(errors);

        var notice = new ErpStatusNotice(push!.System ?? "", push.ExternalReference!, push.ErpOrderNumber!, status, push.OccurredAt ?? DateTimeOffset.MinValue);
        var outcome = await updater.ApplyAsync(notice, cancellationToken);
        return outcome == StatusUpdateOutcome.UnknownOrder
            ? Problems.NotFound("externalReference", $"There is no order '{notice.ExternalReference}'.")
            : TypedResults.Ok(new PushResult(notice.ExternalReference, outcome.ToString()));
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[4096];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static bool SignatureMatches(string header, byte[] body, string secret)
    {
        const string prefix = "sha256=";
        if (!header.StartsWith(prefix, StringComparison.Ordinal)) return false;
        byte[] given;
        try
        {
            given = Convert.FromHexString(header.AsSpan(prefix.Length));
        }
        catch (FormatException)
        {
            return false;
        }
        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body);
        return CryptographicOperations.FixedTimeEquals(given, expected);
    }
}
