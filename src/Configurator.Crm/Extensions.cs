using Configurator.Crm.Analysis;
using Configurator.Crm.Preferences;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Configurator.Crm;

public static class Extensions
{
    /// <summary>The CRM services: RAD analysis and its quarterly run, "start from my usual", lifecycle and lifetime-value defaults. The host registers the repositories.</summary>
    public static IHostApplicationBuilder AddConfiguratorCrm(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(new RadAnalysis(RadOptions.Default));
        builder.Services.AddScoped<RadRun>();
        builder.Services.AddSingleton<UsualConfigurationBuilder>();
        builder.Services.AddSingleton(new CustomerLifecycle(LifecycleOptions.Default));
        builder.Services.AddOptions<LifetimeValueOptions>().Bind(builder.Configuration.GetSection(LifetimeValueOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        return builder;
    }
}
