namespace Configurator.Crm.Customers;

/// <summary>Where a key account is in the sales funnel, as daily tracking records it.</summary>
public enum FunnelStage { Lead, Qualified, Proposal, Negotiation, Won, Lost }

/// <summary>
/// The key-account system's basic information for a business customer: industry, parent and
/// affiliation, size, customer type and code, the responsible account manager and the technical
/// support owner. Buying power and the RAD class live with the key-account analysis.
/// </summary>
public sealed record KeyAccountProfile
{
    public KeyAccountProfile(string industry, CustomerNumber? parent, string? affiliation, int employees, string customerType, string customerCode,
        string accountManager, string technicalSupportOwner, FunnelStage stage)
    {
        Industry = industry;
        Parent = parent;
        Affiliation = affiliation;
        Employees = employees;
        CustomerType = customerType;
        CustomerCode = customerCode;
        AccountManager = accountManager;
        TechnicalSupportOwner = technicalSupportOwner;
        Stage = stage;
    }

    public string Industry { get; init; }
    public CustomerNumber? Parent { get; init; }
    public string? Affiliation { get; init; }

    public int Employees
    {
        get;
        init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(Employees), "Employees cannot be negative.");
    }

    public string CustomerType { get; init; }
    public string CustomerCode { get; init; }

    public string AccountManager
    {
        get;
        init => field = string.IsNullOrWhiteSpace(value) ? throw new ArgumentException("A key account has a responsible account manager.", nameof(AccountManager)) : value;
    }

    public string TechnicalSupportOwner { get; init; }
    public FunnelStage Stage { get; init; }
}
