namespace Configurator.IntegrationTests.Support;

internal static class Repository
{
    /// <summary>The checkout's root: the folder holding Configurator.sln.</summary>
    public static string Root { get; } = FindRoot();

    public static string Rules => Path.Combine(Root, "rules");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Configurator.sln"))) return dir.FullName;
        throw new InvalidOperationException("Configurator.sln not found above the test binaries.");
    }

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
