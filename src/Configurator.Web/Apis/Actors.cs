namespace Configurator.Web.Apis;

/// <summary>Who did something, as timelines record it: the API key's name, or anonymous for the public endpoints.</summary>
internal static class Actors
{
    public static string Of(HttpContext http) =>
        http.User.Identity?.IsAuthenticated == true ? $"user:{http.User.Identity.Name}" : "user:anonymous";
}
