namespace Configurator.Web.DataGeneration;

/// <summary>A clock the generator sets to each historical instant, so placement stamps an order when it "happened".</summary>
internal sealed class HistoricalClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;
}
