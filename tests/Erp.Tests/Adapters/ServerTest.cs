using Erp.Tests.Adapters.Support;

namespace Erp.Tests.Adapters;

/// <summary>A recording server per test and the adapters wired against it.</summary>
public abstract class ServerTest : IAsyncLifetime
{
    protected RecordingErpServer Server { get; private set; } = null!;
    protected AdapterHost Host { get; private set; } = null!;

    protected virtual (string Key, string Value)[] Settings => [];

    public async Task InitializeAsync()
    {
        Server = await RecordingErpServer.StartAsync();
        Host = AdapterHost.For(Server, Settings);
    }

    public async Task DisposeAsync()
    {
        Host.Dispose();
        await Server.DisposeAsync();
    }
}
