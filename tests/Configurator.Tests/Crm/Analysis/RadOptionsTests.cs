using Configurator.Crm.Analysis;

namespace Configurator.Tests.Crm.Analysis;

public class RadOptionsTests
{
    [Fact]
    public void DefaultsAreFiftyAndFifteenPercent()
    {
        RadOptions.Default.RetentionFrom.ShouldBe(0.50m);
        RadOptions.Default.DevelopmentFrom.ShouldBe(0.15m);
    }

    [Theory]
    [InlineData(0.15, 0.15)]
    [InlineData(0.10, 0.15)]
    [InlineData(1.01, 0.15)]
    [InlineData(0.50, 0)]
    [InlineData(0.50, -0.1)]
    public void ThresholdsOutOfOrderOrRangeAreRefused(double retention, double development) =>
        Should.Throw<ArgumentException>(() => new RadOptions((decimal)retention, (decimal)development));
}
