using System.Threading.Channels;
using Erp.Simulator.Options;
using Microsoft.Extensions.Options;

namespace Erp.Simulator.Progress;

/// <summary>Status changes waiting for the webhook sender; nothing is queued when no WebhookUrl is set.</summary>
public sealed class WebhookQueue(IOptions<SimulatorOptions> options)
{
    private readonly Channel<StatusChange> _changes = Channel.CreateUnbounded<StatusChange>(new UnboundedChannelOptions { SingleReader = true });

    public bool Enabled { get; } = !string.IsNullOrWhiteSpace(options.Value.WebhookUrl);

    public void Enqueue(StatusChange change)
    {
        if (Enabled) _changes.Writer.TryWrite(change);
    }

    public IAsyncEnumerable<StatusChange> ReadAllAsync(CancellationToken ct) => _changes.Reader.ReadAllAsync(ct);
}
