namespace Configurator.Web.Infrastructure;

/// <summary>
/// Error statuses set without a body (unknown routes, wrong methods, a body Kestrel refused as
/// too large before any endpoint ran) still get a problem document; a refused body is named.
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
            await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(problem);
        });
}
