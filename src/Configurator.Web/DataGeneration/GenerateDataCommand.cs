using Quartz;

namespace Configurator.Web.DataGeneration;

/// <summary>
/// `generate-data`: builds the app's services on the app's own configuration and database, fills it with demo data,
/// prints what it made and exits instead of serving. No ERP simulator is started: nothing is sent anywhere now.
/// </summary>
public static class GenerateDataCommand
{
    public const string Name = "generate-data";

    public const int Succeeded = 0;
    public const int RefusedExitCode = 1;
    public const int UsageExitCode = 2;

    /// <summary>Generated customers are numbered C-100001 on.</summary>
    public const int FirstCustomerNumber = DataGenerator.FirstCustomerNumber;

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == Name;

    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken = default) =>
        (await ExecuteAsync(args, output, cancellationToken)).ExitCode;

    internal static async Task<(int ExitCode, GenerationResult? Result)> ExecuteAsync(string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        var own = args.Skip(IsRequested(args) ? 1 : 0).ToArray();
        if (own.Any(a => a is "--help" or "-h"))
        {
            output.WriteLine(GeneratorOptions.Usage);
            return (Succeeded, null);
        }
        if (!GeneratorOptions.TryParse(own, out var options, out var hostArgs, out var error))
        {
            output.WriteLine(error);
            output.WriteLine(GeneratorOptions.Usage);
            return (UsageExitCode, null);
        }

        await using var app = await ConfiguratorApp.CreateAsync([.. hostArgs, "--ErpSimulator:InProcess=false"]);
        try
        {
            var result = await ActivatorUtilities.CreateInstance<DataGenerator>(app.Services).RunAsync(options, output, cancellationToken);
            if (result.Refused)
            {
                output.WriteLine($"The database already has {result.ExistingCustomers} customers; nothing was generated. "
                    + "Use --append to add to them, or point the app at an empty database (--Database:ConnectionString=...).");
                return (RefusedExitCode, result);
            }
            result.Summary!.Write(output);
            output.WriteLine("Orders of the last few days wait for the ERP: run the app (dotnet run --project src/Configurator.Web) to send them.");
            return (Succeeded, result);
        }
        finally
        {
            // Scheduling the recent orders' steps created the scheduler; it never started, but it holds threads.
            foreach (var scheduler in await app.Services.GetRequiredService<ISchedulerFactory>().GetAllSchedulers(cancellationToken))
                await scheduler.Shutdown(waitForJobsToComplete: false, cancellationToken);
        }
    }
}
