using System.Text.Json.Nodes;

namespace Configurator.Tests.Support;

/// <summary>A private copy of the repository's rules/ folder that a test may edit.</summary>
internal sealed class RulesFolder : IDisposable
{
    public RulesFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "configurator-rules-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.GetFiles(Repository, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(Path, System.IO.Path.GetRelativePath(Repository, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Path { get; }

    /// <summary>The repository's own rules/ folder.</summary>
    public static string Repository => Configurator.Testing.RepositoryRoot.Rules;

    public void Write(string relativePath, string content) => File.WriteAllText(System.IO.Path.Combine(Path, relativePath), content);

    public void Edit(string relativePath, Action<JsonNode> edit)
    {
        var file = System.IO.Path.Combine(Path, relativePath);
        var node = JsonNode.Parse(File.ReadAllText(file))!;
        edit(node);
        File.WriteAllText(file, node.ToJsonString());
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
