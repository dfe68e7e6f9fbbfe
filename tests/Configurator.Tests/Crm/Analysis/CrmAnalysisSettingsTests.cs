using System.ComponentModel.DataAnnotations;
using Configurator.Crm.Analysis;

namespace Configurator.Tests.Crm.Analysis;

public class CrmAnalysisSettingsTests
{
    [Fact]
    public void RadDefaultsAreHalfForRetentionAndFifteenPercentForDevelopment()
    {
        var settings = new RadSettings();

        (settings.RetentionFrom, settings.DevelopmentFrom).ShouldBe((0.50m, 0.15m));
        settings.IsOrdered.ShouldBeTrue();
        IsValid(settings).ShouldBeTrue();
        settings.ToOptions().ShouldBe(RadOptions.Default);
    }

    [Fact]
    public void RadThresholdsOutOfRangeOrInTheWrongOrderAreRefused()
    {
        IsValid(new RadSettings { RetentionFrom = 1.5m }).ShouldBeFalse();
        IsValid(new RadSettings { DevelopmentFrom = 0m }).ShouldBeFalse();
        new RadSettings { RetentionFrom = 0.2m, DevelopmentFrom = 0.3m }.IsOrdered.ShouldBeFalse();
    }

    [Fact]
    public void LifecycleDefaultsAreTwoQuartersOfDevelopmentLapsedAfterFourAndATenPercentBand()
    {
        var settings = new LifecycleSettings();

        (settings.DevelopmentQuarters, settings.LapsedAfterQuarters, settings.StableBand).ShouldBe((2, 4, 0.10m));
        IsValid(settings).ShouldBeTrue();
        settings.ToOptions().ShouldBe(LifecycleOptions.Default);
        IsValid(new LifecycleSettings { LapsedAfterQuarters = 0 }).ShouldBeFalse();
        IsValid(new LifecycleSettings { StableBand = 1m }).ShouldBeFalse();
    }

    private static bool IsValid(object settings) =>
        Validator.TryValidateObject(settings, new ValidationContext(settings), null, validateAllProperties: true);
}
