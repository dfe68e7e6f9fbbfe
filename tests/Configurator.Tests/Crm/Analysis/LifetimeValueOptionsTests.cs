using System.ComponentModel.DataAnnotations;
using Configurator.Crm.Analysis;

namespace Configurator.Tests.Crm.Analysis;

public class LifetimeValueOptionsTests
{
    [Fact]
    public void DefaultsAreThirtyPercentMarginEightyPercentRetentionTenPercentDiscountWithoutEnd()
    {
        var options = new LifetimeValueOptions();

        options.MarginRate.ShouldBe(0.30m);
        options.Retention.ShouldBe(0.80m);
        options.DiscountRate.ShouldBe(0.10m);
        options.HorizonYears.ShouldBeNull();
        Validator.TryValidateObject(options, new ValidationContext(options), null, validateAllProperties: true).ShouldBeTrue();
    }

    [Fact]
    public void RetentionAboveOneAndAZeroHorizonFailValidation()
    {
        var options = new LifetimeValueOptions { Retention = 1.01m, HorizonYears = 0 };
        var results = new List<ValidationResult>();

        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true).ShouldBeFalse();

        results.SelectMany(r => r.MemberNames).ShouldBe([nameof(LifetimeValueOptions.Retention), nameof(LifetimeValueOptions.HorizonYears)], ignoreOrder: true);
    }
}
