using Erp.Abstractions;
using Erp.BusinessCentral;
using Erp.Http;
using Erp.SapS4;
using Erp.Tests.Adapters.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace Erp.Tests.Adapters;

public sealed class AdapterOptionsTests
{
    [Fact]
    public void SapDefaultsArePinned()
    {
        var options = new SapS4Options();

        (options.SalesOrderType, options.DistributionChannel, options.OrganizationDivision).ShouldBe(("OR", "10", "00"));
        (options.CancellationReason, options.PriceConditionType, options.SalesUnit).ShouldBe(("Z1", "PR00", "EA"));
        options.UserName.ShouldBeNull();
        options.Password.ShouldBeNull();
    }

    [Fact]
    public void BusinessCentralDefaultsCarryNoToken()
    {
        new BusinessCentralOptions().AccessToken.ShouldBeNull();
    }

    [Fact]
    public void ResilienceDefaultsArePinned()
    {
        ErpHttpOptions options = new SapS4Options();

        options.AttemptTimeout.ShouldBe(TimeSpan.FromSeconds(10));
        options.TotalTimeout.ShouldBe(TimeSpan.FromSeconds(30));
        options.MaxRetryAttempts.ShouldBe(3);
        options.RetryBaseDelay.ShouldBe(TimeSpan.FromSeconds(1));
        options.CircuitBreakerFailureRatio.ShouldBe(0.5);
        options.CircuitBreakerMinimumThroughput.ShouldBe(20);
        options.CircuitBreakerSamplingDuration.ShouldBe(TimeSpan.FromSeconds(30));
        options.CircuitBreakerBreakDuration.ShouldBe(TimeSpan.FromSeconds(15));
    }

    [Fact]
    public void ResilienceHandlerTakesTheSettingsWithExponentialJitteredRetries()
    {
        var resilience = new HttpStandardResilienceOptions();

        ErpResilience.Apply(new BusinessCentralOptions { MaxRetryAttempts = 5, CircuitBreakerFailureRatio = 0.4 }, resilience);

        resilience.Retry.MaxRetryAttempts.ShouldBe(5);
        resilience.Retry.BackoffType.ShouldBe(Polly.DelayBackoffType.Exponential);
        resilience.Retry.UseJitter.ShouldBeTrue();
        resilience.CircuitBreaker.FailureRatio.ShouldBe(0.4);
        resilience.AttemptTimeout.Timeout.ShouldBe(TimeSpan.FromSeconds(10));
        resilience.TotalRequestTimeout.Timeout.ShouldBe(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void MissingBaseAddressFailsValidation()
    {
        using var services = Services(new Dictionary<string, string?>());

        Should.Throw<OptionsValidationException>(() => services.GetRequiredService<IOptions<SapS4Options>>().Value)
            .Message.ShouldContain("BaseAddress");
    }

    [Fact]
    public void SamplingWindowShorterThanTwoAttemptsFailsValidation()
    {
        using var services = Services(new Dictionary<string, string?>
        {
            ["BaseAddress"] = "https://bc.example.com", ["AttemptTimeout"] = "00:00:20", ["CircuitBreakerSamplingDuration"] = "00:00:30",
        });

        Should.Throw<OptionsValidationException>(() => services.GetRequiredService<IOptions<BusinessCentralOptions>>().Value)
            .Message.ShouldContain("CircuitBreakerSamplingDuration");
    }

    [Fact]
    public void BothAdaptersResolveAsErpAdaptersByName()
    {
        using var services = Services(new Dictionary<string, string?> { ["BaseAddress"] = "https://erp.example.com" });

        services.GetServices<IErpAdapter>().Select(a => a.Name).ShouldBe(["sap-s4", "business-central"], ignoreOrder: true);
    }

    [Fact]
    public void RegisteringTwiceStillGivesOneAdapterEach()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("BaseAddress", "https://erp.example.com")]).Build();
        var collection = new ServiceCollection().AddLogging();
        collection.AddSapS4Adapter(configuration).AddSapS4Adapter(configuration);
        using var services = collection.BuildServiceProvider();

        services.GetServices<IErpAdapter>().Count().ShouldBe(1);
    }

    static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddSapS4Adapter(configuration).AddBusinessCentralAdapter(configuration).BuildServiceProvider();
    }
}
