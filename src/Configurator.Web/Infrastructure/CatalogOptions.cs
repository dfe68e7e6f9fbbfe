using System.ComponentModel.DataAnnotations;

namespace Configurator.Web.Infrastructure;

/// <summary>Where the product model lives and how quickly edits to it are picked up.</summary>
public sealed class CatalogOptions
{
    public const string Section = "Catalog";

    /// <summary>The rules/ folder; relative paths are resolved from the content root.</summary>
    [Required]
    public string RulesPath { get; set; } = "rules";

    /// <summary>Quiet time after the last file change before reloading: editors write files in several steps.</summary>
    [Range(0, 10_000)]
    public int ReloadDelayMilliseconds { get; set; } = 300;

    /// <summary>Watch rules/ and reload on change.</summary>
    public bool WatchForChanges { get; set; } = true;
}
