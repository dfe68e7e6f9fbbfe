using System.ComponentModel.DataAnnotations;

namespace Configurator.Web.Infrastructure;

/// <summary>Who may act on orders (section "Security"). Keys come from the environment or user secrets, never the repository.</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>Staff API keys, each with the name recorded on timelines and its roles.</summary>
    public List<ApiKey> ApiKeys { get; set; } = [];

    /// <summary>
    /// With no key configured, make one per role at start and print them: the run command's default,
    /// so a first try can approve an order. Off unless set; never set it where the app is exposed.
    /// </summary>
    public bool GenerateKeysWhenNoneConfigured { get; set; }

    public sealed class ApiKey
    {
        /// <summary>The secret itself, at least 24 characters.</summary>
        [Required, MinLength(24)]
        public string Key { get; set; } = "";

        [Required, RegularExpression("^[A-Za-z0-9._@-]{1,60}$")]
        public string Name { get; set; } = "";

        [MinLength(1)]
        public List<string> Roles { get; set; } = [];
    }
}

/// <summary>The staff roles, least privilege each: approving is not operating, and neither is the other.</summary>
public static class StaffRoles
{
    /// <summary>Approves or rejects orders routed to approval; cancels orders.</summary>
    public const string SalesManager = "sales-manager";

    /// <summary>Watches the workflow: lists orders, retries what needs attention, cancels.</summary>
    public const string Operations = "operations";

    /// <summary>Works key accounts and customers: records, contacts, activities.</summary>
    public const string SalesRep = "sales-rep";

    public const string ApprovePolicy = "approve-orders";
    public const string AccountsPolicy = "work-accounts";
    public const string OperatePolicy = "operate-orders";
    public const string CancelPolicy = "cancel-orders";
    public const string ReadAllPolicy = "read-all-orders";
}
