namespace Configurator.Testing;

/// <summary>The checkout the tests and benchmarks run from: linked into each of those projects.</summary>
internal static class RepositoryRoot
{
    /// <summary>The folder holding Configurator.sln, found upwards from the binaries.</summary>
    public static string Path { get; } = Find();

    /// <summary>The checkout's rules/ folder.</summary>
    public static string Rules => System.IO.Path.Combine(Path, "rules");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Configurator.sln"))) return dir.FullName;
        throw new InvalidOperationException("Configurator.sln not found above the binaries.");
    }
}
