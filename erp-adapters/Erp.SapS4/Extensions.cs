using System.Net.Http.Headers;
using System.Text;
using Erp.Abstractions;
using Erp.Http;
using Erp.SapS4.Wire;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Refit;

namespace Erp.SapS4;

public static class Extensions
{
    /// <summary>
    /// The SAP S/4HANA adapter as an <see cref="IErpAdapter"/> named "sap-s4", configured from <paramref name="section"/>
    /// (validated on start), with its Refit client behind the ERP resilience pipeline.
    /// </summary>
    public static IServiceCollection AddSapS4Adapter(this IServiceCollection services, IConfiguration section)
    {
        services.AddOptions<SapS4Options>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<SapCsrfSessionCache>();

        services.AddRefitGeneratedClient<ISapS4SalesOrderApi>(ErpRefitSettings.Create())
            .ConfigureHttpClient((provider, client) =>
            {
                var options = provider.GetRequiredService<IOptions<SapS4Options>>().Value;
                client.BaseAddress = options.BaseAddress;
                // The resilience pipeline owns the timeouts.
                client.Timeout = Timeout.InfiniteTimeSpan;
                if (!string.IsNullOrEmpty(options.UserName))
                    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
                        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.UserName}:{options.Password}")));
            })
            // The CSRF token is bound to SAP's session cookie, which we carry ourselves (see SapCsrfSession).
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { UseCookies = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .AddErpResilience<SapS4Options>();

        services.TryAddEnumerable(ServiceDescriptor.Transient<IErpAdapter, SapS4Adapter>());
        return services;
    }
}
