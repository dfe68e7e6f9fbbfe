using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Erp.Tests.Adapters.Support;

/// <summary>
/// A real HTTP server on 127.0.0.1 that records every request and answers from a script:
/// per method and path a sequence of responses, the last one repeating. Anything unscripted gets 404.
/// </summary>
public sealed class RecordingErpServer : IAsyncDisposable
{
    readonly WebApplication _app;
    readonly ConcurrentQueue<RecordedRequest> _requests = new();
    readonly ConcurrentDictionary<(string Method, string Path), ScriptedSequence> _script = new();

    RecordingErpServer(WebApplication app)
    {
        _app = app;
        _app.Run(AnswerAsync);
    }

    public Uri BaseAddress { get; private set; } = null!;

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public static async Task<RecordingErpServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var server = new RecordingErpServer(builder.Build());
        await server._app.StartAsync();
        var address = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server.BaseAddress = new Uri(address);
        return server;
    }

    public void On(string method, string path, params ScriptedResponse[] responses) => _script[(method, path)] = new ScriptedSequence(responses);

    public IReadOnlyList<RecordedRequest> RequestsTo(string method, string path) =>
        [.. _requests.Where(r => r.Method == method && r.Path == path)];

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    async Task AnswerAsync(HttpContext context)
    {
        var request = context.Request;
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        _requests.Enqueue(new RecordedRequest(request.Method, request.Path.Value ?? "",
            request.Query.ToDictionary(q => q.Key, q => q.Value.ToString()),
            request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            body));

        if (!_script.TryGetValue((request.Method, request.Path.Value ?? ""), out var sequence))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            await context.Response.WriteAsync("""{"error":{"code":"NotScripted","message":"No scripted answer."}}""");
            return;
        }

        var response = sequence.Next();
        if (response.Delay > TimeSpan.Zero)
            await Task.Delay(response.Delay, context.RequestAborted);
        if (response.DropsConnection)
        {
            context.Abort();
            return;
        }
        context.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers)
            context.Response.Headers.Append(name, value);
        if (response.Body.Length > 0)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(response.Body);
        }
    }

    sealed class ScriptedSequence(IReadOnlyList<ScriptedResponse> responses)
    {
        int _served;

        public ScriptedResponse Next() => responses[Math.Min(Interlocked.Increment(ref _served), responses.Count) - 1];
    }
}
