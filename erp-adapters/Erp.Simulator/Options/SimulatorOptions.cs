using System.ComponentModel.DataAnnotations;

namespace Erp.Simulator.Options;

/// <summary>How the simulator stores, moves on and reports orders; configuration section "Simulator".</summary>
public sealed class SimulatorOptions
{
    public const string Section = "Simulator";

    /// <summary>Where orders live; Memory by default (lost on restart).</summary>
    public StorageKind Storage { get; set; } = StorageKind.Memory;

    /// <summary>The SQLite file when <see cref="Storage"/> is Sqlite; "erp-simulator.db" (relative to the working directory) by default.</summary>
    [Required]
    public string SqlitePath { get; set; } = "erp-simulator.db";

    /// <summary>Age at which an accepted order goes into production; 2 seconds by default.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "30.00:00:00")]
    public TimeSpan InProductionAfter { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Age (from creation, not from production) at which an order is shipped; 5 seconds by default.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "30.00:00:00")]
    public TimeSpan ShippedAfter { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often the background loop moves orders on and queues webhooks; 200 ms by default.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan AdvanceInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Where status changes are POSTed; none by default (no webhooks).</summary>
    [Url]
    public string? WebhookUrl { get; set; }

    /// <summary>Key of the HMAC-SHA256 signature in X-Erp-Signature; empty by default.</summary>
    public string WebhookSecret { get; set; } = "";

    /// <summary>Deliveries tried per status change before it is logged and dropped; 4 by default.</summary>
    [Range(1, 20)]
    public int WebhookAttempts { get; set; } = 4;

    /// <summary>Wait before the first retry, doubled for each further one; 500 ms by default.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan WebhookRetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How long a SAP CSRF token stays valid; 30 minutes by default.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan CsrfTokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>SAP Basic user; when empty (the default) SAP calls are not authenticated.</summary>
    public string SapUser { get; set; } = "";

    /// <summary>SAP Basic password, checked together with <see cref="SapUser"/>; empty by default.</summary>
    public string SapPassword { get; set; } = "";

    /// <summary>Business Central bearer token; when empty (the default) BC calls are not authenticated.</summary>
    public string BusinessCentralToken { get; set; } = "";

    /// <summary>Company GUIDs Business Central knows; empty (the default) means any well-formed GUID is a company.</summary>
    public List<Guid> BusinessCentralCompanies { get; set; } = [];

    /// <summary>Faults injected into the ERP endpoints; none by default.</summary>
    public FaultOptions Faults { get; set; } = new();
}
