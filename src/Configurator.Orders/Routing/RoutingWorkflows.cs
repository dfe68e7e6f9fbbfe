namespace Configurator.Orders.Routing;

/// <summary>The names rules/routing files may use: workflows, ERP adapters and rule properties.</summary>
public static class RoutingWorkflows
{
    public const string ErpTarget = "erp-target";
    public const string Approval = "approval";
    public const string Priority = "priority";

    public const string SapS4 = "sap-s4";
    public const string BusinessCentral = "business-central";

    public static readonly IReadOnlyList<string> All = [ErpTarget, Approval, Priority];

    public static readonly IReadOnlyList<string> Adapters = [SapS4, BusinessCentral];

    /// <summary>The rule properties each workflow requires; any other property is a mistake.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Properties = new Dictionary<string, string[]>
    {
        [ErpTarget] = ["adapter", "company", "plant"],
        [Approval] = [],
        [Priority] = ["priority"],
    };
}
