using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Erp.Simulator.Faults;
using Erp.Simulator.Options;
using Erp.Simulator.Storage;

namespace Erp.Simulator.Progress;

/// <summary>
/// Pushes each status change to the configured webhook, signed X-Erp-Signature: sha256=HMAC(secret, body).
/// Best effort: a few tries with a doubling wait, then the change is logged and dropped (clients also poll).
/// </summary>
public sealed partial class WebhookSender(OrderEvents events, SimulatorOptions options, SimulatorStats stats, IHttpClientFactory clients,
    ILogger<WebhookSender> logger) : BackgroundService
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var change in events.Reader.ReadAllAsync(stoppingToken))
        {
            if (options.WebhookUrl is not { } url) continue;
            await DeliverAsync(url, change, stoppingToken);
        }
    }

    private async Task DeliverAsync(string url, StatusChange change, CancellationToken stoppingToken)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new
        {
            system = change.System.WireName(), company = change.Company, externalReference = change.ExternalReference,
            erpOrderNumber = change.ErpOrderNumber, status = change.Status.ToString(), occurredAt = change.OccurredAt,
        }, Json);
        var signature = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(options.WebhookSecret), body));
        var delay = options.WebhookRetryDelay;
        for (var attempt = 1; attempt <= options.WebhookAttempts; attempt++)
        {
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
                request.Content.Headers.ContentType = new("application/json");
                request.Headers.Add("X-Erp-Signature", signature);
                using var response = await clients.CreateClient(nameof(WebhookSender)).SendAsync(request, stoppingToken);
                // A 4xx will not get better by repeating it.
                if (response.IsSuccessStatusCode || (int)response.StatusCode is >= 400 and < 500 and not 429)
                {
                    stats.WebhookSent();
                    return;
                }
            }
            catch (HttpRequestException e)
            {
                LogAttemptFailed(change.ExternalReference, attempt, e.Message);
            }
            if (attempt < options.WebhookAttempts) await Task.Delay(delay, stoppingToken);
            delay *= 2;
        }
        stats.WebhookFailed();
        LogDropped(change.ExternalReference, change.Status);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Webhook for {Reference} failed on attempt {Attempt}: {Error}")]
    private partial void LogAttemptFailed(string reference, int attempt, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook for {Reference} ({Status}) dropped after every attempt failed")]
    private partial void LogDropped(string reference, OrderStatus status);
}
