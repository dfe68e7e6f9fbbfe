using Configurator.Catalog.Model;

namespace Configurator.Catalog.Engine;

/// <summary>
/// Orders a family's groups for compilation. A decision diagram grows with what it must
/// remember across each point of the order: every rule with groups on both sides is "open"
/// there, and a resource sum costs as many bits as its partial sums need. Starting from the
/// display order, groups are moved one at a time while that total falls.
/// </summary>
internal static class GroupOrder
{
    public static IReadOnlyList<OptionGroup> For(ProductFamily family)
    {
        var groups = family.Groups.ToList();
        var indexOf = groups.Select((g, i) => (g.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var rules = family.Constraints.Select(c => Scope(family, c, indexOf)).Where(r => r.Groups.Length > 1).ToArray();
        if (rules.Length == 0) return groups;

        var order = Enumerable.Range(0, groups.Count).ToList();
        var best = Cost(order, rules);
        for (var round = 0; round < 20; round++)
        {
            var improved = false;
            for (var from = 0; from < order.Count; from++)
            {
                for (var to = 0; to < order.Count; to++)
                {
                    if (to == from) continue;
                    var trial = new List<int>(order);
                    var moved = trial[from];
                    trial.RemoveAt(from);
                    trial.Insert(to, moved);
                    var cost = Cost(trial, rules);
                    if (cost >= best) continue;
                    (order, best, improved) = (trial, cost, true);
                }
            }
            if (!improved) break;
        }
        return [.. order.Select(i => groups[i])];
    }

    private static double Cost(List<int> order, (int[] Groups, double Weight)[] rules)
    {
        var position = new int[order.Count];
        for (var i = 0; i < order.Count; i++) position[order[i]] = i;
        var cost = 0.0;
        foreach (var (scope, weight) in rules)
        {
            var first = int.MaxValue;
            var last = int.MinValue;
            foreach (var g in scope)
            {
                first = Math.Min(first, position[g]);
                last = Math.Max(last, position[g]);
            }
            cost += weight * (last - first);
        }
        return cost;
    }

    private static (int[] Groups, double Weight) Scope(ProductFamily family, Constraint constraint, Dictionary<string, int> indexOf)
    {
        int G(string option) => indexOf[family.Option(option).GroupId];
        return constraint switch
        {
            RequiresConstraint c => ([.. c.Required.Append(c.Option).Select(G).Distinct()], 1),
            RequiresOneOfConstraint c => ([.. c.OneOf.Append(c.Option).Select(G).Distinct()], 1),
            ExcludesConstraint c => ([.. c.Excluded.Append(c.Option).Select(G).Distinct()], 1),
            ResourceLimitConstraint c => ResourceScope(family, c, indexOf),
            _ => ([], 0),
        };
    }

    /// <summary>A resource sum weighs the bits needed to count its partial sums.</summary>
    private static (int[] Groups, double Weight) ResourceScope(ProductFamily family, ResourceLimitConstraint c, Dictionary<string, int> indexOf)
    {
        var weights = family.Options
            .Select(o => (o.GroupId, Weight: FamilyCompiler.NetUse(o, c)))
            .Where(t => t.Weight != 0).ToArray();
        var divisor = BddBuilder.CommonDivisor(weights.Select(t => t.Weight));
        var range = weights.Sum(t => Math.Abs(t.Weight)) / Math.Max(1, divisor);
        return ([.. weights.Select(t => indexOf[t.GroupId]).Distinct()], Math.Log2(range + 2));
    }
}
