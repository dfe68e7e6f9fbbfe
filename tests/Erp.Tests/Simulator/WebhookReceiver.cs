using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Erp.Tests.Simulator;

/// <summary>A tiny loopback endpoint that records every webhook delivery and answers what the test wants.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<WebhookDelivery> _deliveries = Channel.CreateUnbounded<WebhookDelivery>();
    private int _count;

    private WebhookReceiver(Func<int, int> statusForDelivery)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapPost("/erp-events", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            var body = await reader.ReadToEndAsync();
            var status = statusForDelivery(Interlocked.Increment(ref _count));
            await _deliveries.Writer.WriteAsync(new WebhookDelivery(body, request.Headers["X-Erp-Signature"].ToString(), status));
            return Results.StatusCode(status);
        });
    }

    public string Url => _app.Urls.First().TrimEnd('/') + "/erp-events";

    /// <summary>Starts a receiver; <paramref name="statusForDelivery"/> gets the 1-based delivery count and says what to answer.</summary>
    public static async Task<WebhookReceiver> StartAsync(Func<int, int>? statusForDelivery = null)
    {
        var receiver = new WebhookReceiver(statusForDelivery ?? (_ => StatusCodes.Status200OK));
        await receiver._app.StartAsync();
        return receiver;
    }

    /// <summary>The next delivery; fails the test if none comes within a generous bound.</summary>
    public async Task<WebhookDelivery> NextAsync()
    {
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        return await _deliveries.Reader.ReadAsync(bound.Token);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}

public sealed record WebhookDelivery(string Body, string Signature, int AnsweredStatus);
