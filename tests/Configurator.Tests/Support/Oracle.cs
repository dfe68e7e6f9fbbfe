using Configurator.Catalog.Engine;
using Configurator.Catalog.Model;

namespace Configurator.Tests.Support;

/// <summary>What the engine should answer, computed from brute-force enumeration.</summary>
internal static class Oracle
{
    /// <summary>Picks applied in order, each kept only if some valid configuration holds it with the ones kept before.</summary>
    public static List<string> Accepted(BruteForce all, IEnumerable<string> picks)
    {
        var accepted = new List<string>();
        foreach (var pick in picks)
            if (all.Containing(accepted.Append(pick)).Any()) accepted.Add(pick);
        return accepted;
    }

    public static OptionAvailability Availability(ProductFamily family, BruteForce all, List<string> accepted, string option)
    {
        if (accepted.Contains(option)) return OptionAvailability.Selected;
        var completions = all.Containing(accepted).ToList();
        if (completions.Count > 0 && completions.All(c => c.Contains(option))) return OptionAvailability.Implied;
        if (completions.Any(c => c.Contains(option))) return OptionAvailability.Selectable;
        var group = family.Group(family.Option(option).GroupId);
        if (group.Selection == SelectionMode.Single)
        {
            var others = accepted.Where(p => family.Option(p).GroupId != group.Id).Append(option);
            if (accepted.Any(p => family.Option(p).GroupId == group.Id) && all.Containing(others).Any())
                return OptionAvailability.Selectable;
        }
        return OptionAvailability.Excluded;
    }
}
