using Configurator.IntegrationTests.Support;

namespace Configurator.IntegrationTests.Api;

/// <summary>One running app shared by the read-mostly API tests of a class.</summary>
public sealed class AppFixture : IAsyncLifetime
{
    public RunningApp App { get; private set; } = null!;

    public async Task InitializeAsync() => App = await RunningApp.StartAsync();

    public async Task DisposeAsync() => await App.DisposeAsync();
}
