namespace Erp.Tests.Adapters.Support;

/// <summary>What the recording server answers: a status with body and headers, a late answer, or a dropped connection.</summary>
public sealed record ScriptedResponse(int Status, string Body, IReadOnlyList<(string Name, string Value)> Headers)
{
    public bool DropsConnection { get; init; }
    public TimeSpan Delay { get; init; }

    public static ScriptedResponse Json(int status, string body, params (string Name, string Value)[] headers) => new(status, body, headers);

    public static ScriptedResponse Empty(int status, params (string Name, string Value)[] headers) => new(status, "", headers);

    /// <summary>Reads the request, then closes the connection without answering: the response is lost.</summary>
    public static ScriptedResponse DropConnection() => new(0, "", []) { DropsConnection = true };

    public static ScriptedResponse Late(TimeSpan delay, ScriptedResponse response) => response with { Delay = delay };
}
