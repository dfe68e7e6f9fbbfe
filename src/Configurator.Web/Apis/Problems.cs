using Microsoft.AspNetCore.Http.HttpResults;

namespace Configurator.Web.Apis;

/// <summary>Problem documents (RFC 9457) that name the field at fault under "errors".</summary>
internal static class Problems
{
    public static ProblemHttpResult NotFound(string field, string message) =>
        TypedResults.Problem(detail: message, statusCode: StatusCodes.Status404NotFound, title: "Not found",
            extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [field] = [message] } });

    public static ProblemHttpResult Conflict(string field, string message, string title) =>
        TypedResults.Problem(detail: message, statusCode: StatusCodes.Status409Conflict, title: title,
            extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [field] = [message] } });

    public static ValidationProblem Invalid(Dictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: "The request has invalid fields");

    public static ProblemHttpResult Unprocessable(Dictionary<string, string[]> errors, string detail, string title = "The configuration cannot be used") =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status422UnprocessableEntity, title: title,
            extensions: new Dictionary<string, object?> { ["errors"] = errors });
}
