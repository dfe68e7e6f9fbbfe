using Configurator.Crm.Analysis;
using Quartz;

namespace Configurator.Web.Infrastructure;

/// <summary>
/// Runs the RAD key-account analysis for the quarter that just ended, early on the first day of each
/// quarter, and stores a snapshot per key account. A run for a quarter replaces an earlier one.
/// </summary>
[DisallowConcurrentExecution]
public sealed class RadQuarterlyJob(RadRun run, TimeProvider time) : IJob
{
    public static readonly JobKey Key = new("rad-quarterly", "crm");

    /// <summary>02:00 UTC on 1 January, April, July and October.</summary>
    public const string Schedule = "0 0 2 1 1,4,7,10 ?";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var ended = Quarter.From(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)).Previous;
        await run.RunAsync(ended, cancellationToken);
    }

    public static void Register(IQuartzBuilder quartz) =>
        quartz.ScheduleJob<RadQuarterlyJob>(
            trigger => trigger.WithIdentity(Key.Name, Key.Group).WithCronSchedule(Schedule, c => c.InTimeZone(TimeZoneInfo.Utc)),
            job => job.WithIdentity(Key));
}
