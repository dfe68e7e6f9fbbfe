using Erp.Simulator.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Erp.Simulator.BusinessCentral;

/// <summary>Business Central's error bodies: <c>{"error":{"code":"BadRequest_...","message":"..."}}</c>.</summary>
public sealed class BusinessCentralErrors : VendorErrors
{
    public static readonly BusinessCentralErrors Instance = new();

    public override IResult Error(int statusCode, string message) => Of(statusCode, statusCode switch
    {
        StatusCodes.Status429TooManyRequests => "Application_TooManyRequests",
        StatusCodes.Status503ServiceUnavailable => "Internal_ServiceUnavailable",
        StatusCodes.Status504GatewayTimeout => "Internal_RequestTimeout",
        _ => "Internal_ServerError",
    }, message);

    public static JsonHttpResult<BusinessCentralErrorBody> Of(int statusCode, string code, string message) =>
        TypedResults.Json(new BusinessCentralErrorBody(new BusinessCentralError(code, message)), statusCode: statusCode);

    public static JsonHttpResult<BusinessCentralErrorBody> Invalid(string message) => Of(StatusCodes.Status400BadRequest, "BadRequest", message);

    public static JsonHttpResult<BusinessCentralErrorBody> NotFound(string message) => Of(StatusCodes.Status404NotFound, "BadRequest_NotFound", message);

    public static JsonHttpResult<BusinessCentralErrorBody> NotSupported(string message) =>
        Of(StatusCodes.Status501NotImplemented, "BadRequest_NotSupported", message);
}

public sealed record BusinessCentralErrorBody(BusinessCentralError Error);

public sealed record BusinessCentralError(string Code, string Message);
