using System.Net.Http.Headers;
using Erp.Abstractions;
using Erp.BusinessCentral.Wire;
using Erp.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Refit;

namespace Erp.BusinessCentral;

public static class Extensions
{
    /// <summary>
    /// The Business Central adapter as an <see cref="IErpAdapter"/> named "business-central", configured from
    /// <paramref name="section"/> (validated on start), with its Refit client behind the ERP resilience pipeline.
    /// </summary>
    public static IServiceCollection AddBusinessCentralAdapter(this IServiceCollection services, IConfiguration section)
    {
        services.AddOptions<BusinessCentralOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        services.AddRefitGeneratedClient<IBusinessCentralApi>(ErpRefitSettings.Create())
            .ConfigureHttpClient((provider, client) =>
            {
                var options = provider.GetRequiredService<IOptions<BusinessCentralOptions>>().Value;
                client.BaseAddress = options.BaseAddress;
                // The resilience pipeline owns the timeouts.
                client.Timeout = Timeout.InfiniteTimeSpan;
                if (!string.IsNullOrEmpty(options.AccessToken))
                    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", options.AccessToken);
            })
            .AddErpResilience<BusinessCentralOptions>();

        services.TryAddEnumerable(ServiceDescriptor.Transient<IErpAdapter, BusinessCentralAdapter>());
        return services;
    }
}
