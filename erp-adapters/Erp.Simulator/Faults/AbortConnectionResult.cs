namespace Erp.Simulator.Faults;

/// <summary>Ends the connection with no response at all: the client cannot tell whether its request was applied.</summary>
public sealed class AbortConnectionResult : IResult
{
    public static readonly AbortConnectionResult Instance = new();

    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Abort();
        return Task.CompletedTask;
    }
}
