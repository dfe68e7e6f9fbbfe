namespace Configurator.IntegrationTests.Support;

internal static class Repository
{
    public static string Rules => Configurator.Testing.RepositoryRoot.Rules;

    /// <summary>A private copy of rules/ that a test may break and mend.</summary>
    public static string CopyRules()
    {
        var target = Path.Combine(Path.GetTempPath(), "configurator-rules-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.GetFiles(Rules, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(Rules, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
        return target;
    }
}
