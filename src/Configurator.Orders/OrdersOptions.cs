using System.ComponentModel.DataAnnotations;

namespace Configurator.Orders;

/// <summary>Order placement and workflow settings (section "Orders"). Defaults suit a single instance on SQLite.</summary>
public sealed class OrdersOptions
{
    public const string Section = "Orders";

    /// <summary>Customers whose orders always need approval (finance's credit holds).</summary>
    public List<string> CreditHoldCustomers { get; set; } = [];

    /// <summary>Attempts of a step (submit to ERP, cancel in ERP) before the order needs attention. Default 8.</summary>
    [Range(1, 50)]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Delay before the second attempt; each later one waits <see cref="BackoffFactor"/> times longer. Default 1 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    [Range(1.0, 10.0)]
    public double BackoffFactor { get; set; } = 2.0;

    /// <summary>No wait between attempts grows beyond this. Default 5 minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "1.00:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Random spread of each wait (0.2 = plus or minus 20%), so retries of many orders do not arrive together.</summary>
    [Range(0.0, 1.0)]
    public double RetryJitter { get; set; } = 0.2;

    /// <summary>How often the ERP status of orders it has is read back. Default 10 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "1.00:00:00")]
    public TimeSpan StatusPollInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Orders read back per poll, least recently updated first. Default 200.</summary>
    [Range(1, 10_000)]
    public int StatusPollBatchSize { get; set; } = 200;

    /// <summary>How often orders waiting for a step are checked for a scheduled job (repairs a crash between saving and scheduling). Default 30 s.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan ReconcileInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Workflow jobs that run at once on this instance (Quartz's thread pool). Default 16: steps mostly wait on the ERP.</summary>
    [Range(1, 200)]
    public int WorkflowConcurrency { get; set; } = 16;

    /// <summary>Shared secret of the ERP status webhook (X-Erp-Signature). Unset: the webhook refuses every call.</summary>
    public string? WebhookSecret { get; set; }
}
