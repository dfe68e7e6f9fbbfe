using Configurator.Web;
using Configurator.Web.DataGeneration;
using Microsoft.AspNetCore.Builder;

namespace Configurator.IntegrationTests.Support;

/// <summary>
/// The generate-data command as a user runs it, on a database of its own (a temp SQLite file and a copy of rules/),
/// and the app's services on that database afterwards (built, not started) to look at what it made.
/// </summary>
public sealed class GeneratedDatabase : IAsyncDisposable
{
    private readonly string _folder;
    private readonly string _rules;

    public GeneratedDatabase()
    {
        _folder = Path.Combine(Path.GetTempPath(), "configurator-generated-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        _rules = Repository.CopyRules();
        HostArgs =
        [
            $"--contentRoot={_folder}", $"--Catalog:RulesPath={_rules}", "--Logging:LogLevel:Default=Warning",
            "--Database:Provider=Sqlite", $"--Database:ConnectionString=Data Source={Path.Combine(_folder, "generated.db")}",
        ];
    }

    public string[] HostArgs { get; }

    /// <summary>Runs `generate-data` with <paramref name="options"/> (--customers, --seed, ...) against this database.</summary>
    public async Task<(int ExitCode, GenerationResult? Result, string Output)> GenerateAsync(params string[] options)
    {
        using var output = new StringWriter();
        var (exitCode, result) = await GenerateDataCommand.ExecuteAsync([GenerateDataCommand.Name, .. options, .. HostArgs], output, CancellationToken.None);
        return (exitCode, result, output.ToString());
    }

    /// <summary>The app on this database, services only: nothing listens and no job runs.</summary>
    public Task<WebApplication> OpenAsync() => ConfiguratorApp.CreateAsync([.. HostArgs, "--ErpSimulator:InProcess=false"]);

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var folder in new[] { _folder, _rules })
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
        return ValueTask.CompletedTask;
    }
}
