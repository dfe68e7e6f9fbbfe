using Configurator.Crm.Analysis;
using Configurator.Crm.Preferences;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Configurator.Crm;

public static class Extensions
{
    /// <summary>The CRM services: RAD analysis and its quarterly run, "start from my usual", lifecycle and lifetime-value settings, each validated at start. The host registers the repositories.</summary>
    public static IHostApplicationBuilder AddConfiguratorCrm(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RadSettings>().Bind(builder.Configuration.GetSection(RadSettings.Section))
            .ValidateDataAnnotations().Validate(s => s.IsOrdered, "Crm:Rad: DevelopmentFrom must lie below RetentionFrom.").ValidateOnStart();
        builder.Services.AddSingleton(sp => new RadAnalysis(sp.GetRequiredService<IOptions<RadSettings>>().Value.ToOptions()));
        builder.Services.AddScoped<RadRun>();
        builder.Services.AddSingleton<UsualConfigurationBuilder>();
        builder.Services.AddOptions<LifecycleSettings>().Bind(builder.Configuration.GetSection(LifecycleSettings.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(sp => new CustomerLifecycle(sp.GetRequiredService<IOptions<LifecycleSettings>>().Value.ToOptions()));
        builder.Services.AddOptions<LifetimeValueOptions>().Bind(builder.Configuration.GetSection(LifetimeValueOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        return builder;
    }
}
