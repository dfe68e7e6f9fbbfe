namespace Configurator.Crm.Analysis;

/// <summary>
/// The share-of-wallet thresholds of the RAD analysis, as fractions (0.5 = 50 %). Both are inclusive lower bounds:
/// share >= <see cref="RetentionFrom"/> is Retention, share >= <see cref="DevelopmentFrom"/> is Development,
/// anything lower (including no sales at all) is Acquisition.
/// </summary>
public sealed record RadOptions
{
    /// <summary>Default: 0.50. Holding half an account's spend makes us its main supplier.</summary>
    public const decimal DefaultRetentionFrom = 0.50m;

    /// <summary>Default: 0.15. Below this we are an occasional supplier.</summary>
    public const decimal DefaultDevelopmentFrom = 0.15m;

    public static RadOptions Default { get; } = new();

    public RadOptions(decimal retentionFrom = DefaultRetentionFrom, decimal developmentFrom = DefaultDevelopmentFrom)
    {
        Guard.Require(developmentFrom is > 0m and <= 1m, nameof(developmentFrom), "The development threshold lies in (0, 1].");
        Guard.Require(retentionFrom > developmentFrom && retentionFrom <= 1m, nameof(retentionFrom),
            "The retention threshold lies above the development threshold and at most 1.");
        RetentionFrom = retentionFrom;
        DevelopmentFrom = developmentFrom;
    }

    public decimal RetentionFrom { get; }
    public decimal DevelopmentFrom { get; }

    public RadClass Classify(decimal shareOfWallet) =>
        shareOfWallet >= RetentionFrom ? RadClass.Retention
        : shareOfWallet >= DevelopmentFrom ? RadClass.Development
        : RadClass.Acquisition;
}
