namespace Configurator.Tests.Support;

/// <summary>
/// How many random cases a property test tries: the given default, or more when
/// CONFIGURATOR_PROPERTY_RUNS asks for a deeper search (for example before changing the engine).
/// </summary>
internal static class PropertyRuns
{
    public static int Or(int defaultRuns) =>
        int.TryParse(Environment.GetEnvironmentVariable("CONFIGURATOR_PROPERTY_RUNS"), out var runs) && runs > 0 ? runs : defaultRuns;
}
