using Configurator.IntegrationTests.Support;
using Configurator.Web.DataGeneration;
using Microsoft.AspNetCore.Builder;

namespace Configurator.IntegrationTests.DataGeneration;

/// <summary>One small generated database (12 customers, 4 quarters, seed 7) that the tests of a class read.</summary>
public sealed class GeneratedDataFixture : IAsyncLifetime
{
    public const int Customers = 12;
    public const int Quarters = 4;
    public const int Seed = 7;

    public GeneratedDatabase Database { get; } = new();
    public GenerationSummary Summary { get; private set; } = null!;
    public string Output { get; private set; } = "";
    public WebApplication App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var (exitCode, result, output) = await Database.GenerateAsync("--customers", $"{Customers}", "--quarters", $"{Quarters}", "--seed", $"{Seed}");
        exitCode.ShouldBe(GenerateDataCommand.Succeeded, output);
        Summary = result!.Summary!;
        Output = output;
        App = await Database.OpenAsync();
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Database.DisposeAsync();
    }
}
