namespace Configurator.Web.Infrastructure;

/// <summary>
/// Error statuses set without a body (unknown routes, wrong methods, a body Kestrel refused as
/// too large before any endpoint ran, a missing or insufficient API key) still get a problem
/// document; a refused body and a refused key are named.
/// </summary>
internal static class StatusCodeProblems
{
    public static IApplicationBuilder UseStatusCodeProblems(this IApplicationBuilder app) =>
        app.UseStatusCodePages(async context =>
        {
            var http = context.HttpContext;
            var status = http.Response.StatusCode;
            var problem = new ProblemDetailsContext { HttpContext = http, ProblemDetails = { Status = status } };
            if (status == StatusCodes.Status413PayloadTooLarge)
            {
                const string message = "The request body is larger than this endpoint accepts.";
                problem.ProblemDetails.Title = "Request body too large";
                problem.ProblemDetails.Detail = message;
                problem.ProblemDetails.Extensions["errors"] = new Dictionary<string, string[]> { ["body"] = [message] };
            }
            else if (status is StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden)
            {
                var message = status == StatusCodes.Status401Unauthorized
                    ? $"This action needs a staff API key in {ApiKeyAuthentication.Header}."
                    : "This API key's roles do not allow this action.";
                problem.ProblemDetails.Title = status == StatusCodes.Status401Unauthorized ? "Authentication required" : "Not allowed";
                problem.ProblemDetails.Detail = message;
                problem.ProblemDetails.Extensions["errors"] = new Dictionary<string, string[]> { [ApiKeyAuthentication.Header] = [message] };
            }
            await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(problem);
        });
}
