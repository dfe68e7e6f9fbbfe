namespace Erp.BusinessCentral;

/// <summary>
/// The Business Central environment, e.g. https://api.businesscentral.dynamics.com/v2.0/{tenant}/{environment}
/// (the adapter adds /api/v2.0/companies(...)). The token comes from user secrets or the environment.
/// </summary>
public sealed class BusinessCentralOptions : Erp.Http.ErpHttpOptions
{
    /// <summary>
    /// Bearer token sent as is; no Authorization header when empty. Acquiring and renewing an Entra ID
    /// token (client credentials) is left to the host for now.
    /// </summary>
    public string? AccessToken { get; set; }
}
