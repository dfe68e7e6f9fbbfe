using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Erp.Simulator.Options;
using Erp.Simulator.Storage;
using Microsoft.Extensions.Options;

namespace Erp.Simulator.Progress;

/// <summary>
/// Posts each status change, signed, to WebhookUrl, one at a time so a receiver sees an order's changes in order.
/// Best effort: a few tries with doubling waits, then the change is logged and dropped.
/// </summary>
public sealed class WebhookSender(WebhookQueue queue, IHttpClientFactory clients, IOptions<SimulatorOptions> options,
    ILogger<WebhookSender> logger) : BackgroundService
{
    public const string HttpClientName = "webhook";
    public const string SignatureHeader = "X-Erp-Signature";
    private readonly SimulatorOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!queue.Enabled) return;
        await foreach (var change in queue.ReadAllAsync(stoppingToken)) await DeliverAsync(change, stoppingToken);
    }

    public static string Body(StatusChange change) => JsonSerializer.Serialize(new
    {
        system = change.System.WireName(),
        company = change.Company,
        externalReference = change.ExternalReference,
        erpOrderNumber = change.ErpOrderNumber,
        status = change.Status.ToString(),
        occurredAt = change.OccurredAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
    });

    public static string Signature(string body, string secret) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(body)));

    private async Task DeliverAsync(StatusChange change, CancellationToken ct)
    {
        var body = Body(change);
        var delay = _options.WebhookRetryDelay;
        for (var attempt = 1; attempt <= _options.WebhookAttempts; attempt++)
        {
            var failure = await TrySendAsync(body, ct);
            if (failure is null) return;
            logger.LogWarning("Webhook for order {ErpOrderNumber} ({Status}) failed on attempt {Attempt} of {Attempts}: {Failure}",
                change.ErpOrderNumber, change.Status, attempt, _options.WebhookAttempts, failure);
            if (attempt == _options.WebhookAttempts) break;
            await Task.Delay(delay, ct);
            delay *= 2;
        }
        logger.LogError("Webhook for order {ErpOrderNumber} ({Status}) dropped after {Attempts} attempts",
            change.ErpOrderNumber, change.Status, _options.WebhookAttempts);
    }

    /// <summary>Null when delivered, otherwise what went wrong.</summary>
    private async Task<string?> TrySendAsync(string body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _options.WebhookUrl)
        {
            Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        request.Headers.Add(SignatureHeader, Signature(body, _options.WebhookSecret));
        try
        {
            using var response = await clients.CreateClient(HttpClientName).SendAsync(request, ct);
            return response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode}";
        }
        catch (HttpRequestException ex)
        {
            return ex.Message;
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            return "timed out";
        }
    }
}
