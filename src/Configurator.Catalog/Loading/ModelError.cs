namespace Configurator.Catalog.Loading;

/// <summary>One thing wrong with a rules file: the file (relative to rules/), where in it (a JSON path), and what.</summary>
public sealed record ModelError(string File, string JsonPath, string Message)
{
    public override string ToString() => $"{File}: {JsonPath}: {Message}";
}
