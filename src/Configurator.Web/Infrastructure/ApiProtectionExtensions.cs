using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Configurator.Web.Infrastructure;

public static class ApiProtectionExtensions
{
    public const string PublicPolicy = "public";

    /// <summary>Body size limit, per-client rate limit, and problem documents for every error.</summary>
    public static IHostApplicationBuilder AddPublicApiProtection(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(ApiLimitsOptions.Section);
        builder.Services.AddOptions<ApiLimitsOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
        var limits = section.Get<ApiLimitsOptions>() ?? new ApiLimitsOptions();

        builder.Services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(k =>
            k.Limits.MaxRequestBodySize = limits.MaxRequestBodyBytes);
        builder.Services.Configure<JsonOptions>(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
            o.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        });
        // Binding failures throw, so RequestProblemHandler can name the field at fault.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<RequestProblemHandler>();

        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(PublicPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ =>
                {
                    var current = context.RequestServices.GetRequiredService<IOptions<ApiLimitsOptions>>().Value;
                    return new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = current.PermitsPerWindow,
                        Window = TimeSpan.FromSeconds(current.WindowSeconds),
                        QueueLimit = 0,
                    };
                }));
            o.OnRejected = async (context, cancellationToken) =>
            {
                var http = context.HttpContext;
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                    http.Response.Headers.RetryAfter = ((int)retryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails = { Status = 429, Title = "Too many requests", Detail = "This client has made too many requests; try again shortly." },
                });
            };
        });
        return builder;
    }
}
