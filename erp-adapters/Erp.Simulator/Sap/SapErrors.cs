using Erp.Simulator.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Erp.Simulator.Sap;

/// <summary>OData v2 error bodies: <c>{"error":{"code":"...","message":{"lang":"en","value":"..."}}}</c>.</summary>
public sealed class SapErrors : VendorErrors
{
    public static readonly SapErrors Instance = new();

    public override IResult Error(int statusCode, string message) => Of(statusCode, $"SIMULATOR/{statusCode}", message);

    public static JsonHttpResult<SapErrorBody> Of(int statusCode, string code, string message) =>
        TypedResults.Json(new SapErrorBody(new SapError(code, new SapErrorMessage("en", message))), statusCode: statusCode);

    public static JsonHttpResult<SapErrorBody> Invalid(string message) => Of(StatusCodes.Status400BadRequest, "SIMULATOR/INVALID_INPUT", message);

    public static JsonHttpResult<SapErrorBody> NotFound(string message) => Of(StatusCodes.Status404NotFound, "SIMULATOR/NOT_FOUND", message);
}

public sealed record SapErrorBody(SapError Error);

public sealed record SapError(string Code, SapErrorMessage Message);

public sealed record SapErrorMessage(string Lang, string Value);
