using System.ComponentModel.DataAnnotations;

namespace Configurator.Web.Infrastructure;

/// <summary>Limits on the public endpoints: body size and requests per client per window.</summary>
public sealed class ApiLimitsOptions
{
    public const string Section = "ApiLimits";

    /// <summary>Largest accepted request body; 256 KB by default.</summary>
    [Range(1_024, 16 * 1024 * 1024)]
    public long MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>Requests a client address may make per window; 600 by default.</summary>
    [Range(1, 1_000_000)]
    public int PermitsPerWindow { get; set; } = 600;

    /// <summary>Length of the rate-limit window; 10 seconds by default.</summary>
    [Range(1, 3600)]
    public int WindowSeconds { get; set; } = 10;
}
