namespace Configurator.Crm.Analysis;

/// <summary>
/// How two RAD analyses differ: accounts whose class changed, accounts only in the later one (new) and only in the
/// earlier one (vanished). Accounts whose class stayed the same are not listed. Each list is ordered by account number.
/// </summary>
public sealed record RadTransitionReport(
    IReadOnlyList<RadTransition> Changed,
    IReadOnlyList<RadSnapshot> New,
    IReadOnlyList<RadSnapshot> Vanished)
{
    public IEnumerable<RadTransition> Slipping => Changed.Where(t => t.Direction == RadDirection.Slipping);
    public IEnumerable<RadTransition> Growing => Changed.Where(t => t.Direction == RadDirection.Growing);

    /// <summary>Compares two snapshot sets, each with at most one snapshot per account.</summary>
    public static RadTransitionReport Between(IEnumerable<RadSnapshot> earlier, IEnumerable<RadSnapshot> later)
    {
        var before = ByAccount(earlier, nameof(earlier));
        var after = ByAccount(later, nameof(later));

        var changed = after.Values
            .Where(s => before.TryGetValue(s.Account, out var old) && old.Class != s.Class)
            .Select(s => new RadTransition(s.Account, before[s.Account].Class, s.Class, DirectionOf(before[s.Account].Class, s.Class)));
        var added = after.Values.Where(s => !before.ContainsKey(s.Account));
        var vanished = before.Values.Where(s => !after.ContainsKey(s.Account));

        return new(
            [.. changed.OrderBy(t => t.Account.Value, StringComparer.Ordinal)],
            [.. added.OrderBy(s => s.Account.Value, StringComparer.Ordinal)],
            [.. vanished.OrderBy(s => s.Account.Value, StringComparer.Ordinal)]);
    }

    private static Dictionary<CustomerNumber, RadSnapshot> ByAccount(IEnumerable<RadSnapshot> snapshots, string parameter)
    {
        var byAccount = new Dictionary<CustomerNumber, RadSnapshot>();
        foreach (var snapshot in snapshots)
            Guard.Require(byAccount.TryAdd(snapshot.Account, snapshot), parameter, $"Account {snapshot.Account} appears twice in one analysis.");
        return byAccount;
    }

    // RadClass is declared from weakest to strongest hold, so comparing the values gives the direction.
    private static RadDirection DirectionOf(RadClass from, RadClass to) =>
        from == RadClass.Unclassified || to == RadClass.Unclassified ? RadDirection.Unrated
        : to < from ? RadDirection.Slipping
        : RadDirection.Growing;
}
