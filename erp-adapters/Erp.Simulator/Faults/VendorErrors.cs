namespace Erp.Simulator.Faults;

/// <summary>Error bodies in each vendor's shape.</summary>
public static class VendorErrors
{
    /// <summary>SAP Gateway (OData v2): {"error":{"code":..,"message":{"lang":"en","value":..}}}.</summary>
    public static IResult Sap(int status, string code, string message) =>
        Results.Json(new { error = new { code, message = new { lang = "en", value = message } } }, statusCode: status);

    /// <summary>Business Central (OData v4): {"error":{"code":..,"message":..}}.</summary>
    public static IResult BusinessCentral(int status, string code, string message) =>
        Results.Json(new { error = new { code, message } }, statusCode: status);
}
