namespace Configurator.Crm.Preferences;

/// <summary>
/// How events weigh in a profile. An event counts its kind's weight times
/// 0.5^(age in days / <see cref="HalfLifeDays"/>): one half-life ago it counts half.
/// Defaults: picked 1, saved 2, quoted 4, ordered 8, removed −1, half-life 180 days,
/// multi-select threshold 2 (one saved configuration, recent).
/// </summary>
public sealed record ProfileWeights
{
    public static readonly ProfileWeights Default = new();

    public ProfileWeights(
        double picked = 1, double saved = 2, double quoted = 4, double ordered = 8, double removed = -1,
        double halfLifeDays = 180, double multiSelectThreshold = 2)
    {
        // The funnel order is the point of the weights: a weaker signal never outweighs a stronger one.
        Guard.Require(picked > 0 && saved > picked && quoted > saved && ordered > quoted, nameof(picked), "Weights rise strictly: 0 < picked < saved < quoted < ordered.");
        Guard.Require(removed <= 0, nameof(removed), "Removing an option never counts for it.");
        Guard.Require(halfLifeDays > 0 && double.IsFinite(halfLifeDays), nameof(halfLifeDays), "The half-life is a positive number of days.");
        Guard.Require(multiSelectThreshold > 0 && double.IsFinite(multiSelectThreshold), nameof(multiSelectThreshold), "The multi-select threshold is positive.");
        Picked = picked;
        Saved = saved;
        Quoted = quoted;
        Ordered = ordered;
        Removed = removed;
        HalfLifeDays = halfLifeDays;
        MultiSelectThreshold = multiSelectThreshold;
    }

    public double Picked { get; }
    public double Saved { get; }
    public double Quoted { get; }
    public double Ordered { get; }
    public double Removed { get; }
    public double HalfLifeDays { get; }

    /// <summary>In a multi-select group, every option weighing at least this much is part of the usual configuration.</summary>
    public double MultiSelectThreshold { get; }

    public double KindWeight(PreferenceEventKind kind) => kind switch
    {
        PreferenceEventKind.Picked => Picked,
        PreferenceEventKind.Saved => Saved,
        PreferenceEventKind.Quoted => Quoted,
        PreferenceEventKind.Ordered => Ordered,
        PreferenceEventKind.Removed => Removed,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown event kind."),
    };

    /// <summary>What this event counts on <paramref name="asOf"/>; events after it count nothing.</summary>
    public double Weigh(PreferenceEvent e, DateTimeOffset asOf)
    {
        if (e.At > asOf) return 0;
        var ageDays = (asOf - e.At).TotalDays;
        return KindWeight(e.Kind) * Math.Pow(0.5, ageDays / HalfLifeDays);
    }
}
