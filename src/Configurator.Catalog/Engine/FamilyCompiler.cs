using Configurator.Catalog.Model;

namespace Configurator.Catalog.Engine;

/// <summary>
/// Compiles a family's groups and constraints into one decision diagram over one boolean
/// variable per option (groups in <see cref="GroupOrder"/>), plus a small diagram per rule for explanations.
/// </summary>
internal static class FamilyCompiler
{
    public static CompiledFamily Compile(ProductFamily family, IReadOnlyList<OptionGroup>? groupOrder = null)
    {
        var options = (groupOrder ?? GroupOrder.For(family)).SelectMany(g => g.Options).ToArray();
        var variableOf = options.Select((o, i) => (o.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var builder = new BddBuilder(options.Length);

        var groupRules = family.Groups.ToDictionary(g => g.Id, g => GroupCardinality(builder, g, variableOf));
        var nodes = new List<(int Scope, int Node)>();
        var checks = new List<RuleCheck>();
        int[] GroupVariables(string groupId) => [.. family.Group(groupId).Options.Select(o => variableOf[o.Id])];
        foreach (var group in family.Groups)
        {
            var scope = GroupVariables(group.Id);
            nodes.Add((scope.Min(), groupRules[group.Id]));
            checks.Add(new DiagramRuleCheck($"group:{group.Id}", CardinalityMessage(group), scope,
                DecisionDiagram.From(builder, groupRules[group.Id])));
        }
        foreach (var constraint in family.Constraints)
        {
            var (scope, node) = Encode(builder, family, constraint, variableOf);
            if (scope.Length == 0) continue; // quantity limits act on the context, not on the picks
            nodes.Add((scope.Min(), node));
            var touched = scope.Select(v => options[v].GroupId).Distinct().ToArray();
            var variables = touched.SelectMany(GroupVariables).Union(scope).ToArray();
            checks.Add(constraint is ResourceLimitConstraint resource
                ? new ResourceRuleCheck(constraint.Id, constraint.Describe(family), variables,
                    touched.Select(g => ResourceGroup(family.Group(g), resource, variableOf)), resource.Limit)
                : new DiagramRuleCheck(constraint.Id, constraint.Describe(family), variables,
                    DecisionDiagram.From(builder, builder.AndAll(touched.Select(g => groupRules[g]).Prepend(node)))));
        }

        // Conjoin from the bottom of the variable order up: intermediate diagrams stay small.
        var root = builder.AndAll(nodes.OrderByDescending(r => r.Scope).Select(r => r.Node));
        var diagram = DecisionDiagram.From(builder, root);

        return new CompiledFamily(family, options, diagram, [.. checks.Select(c => c.WithAloneAnswers(options.Length))], builder.NodeCount);
    }

    private static string CardinalityMessage(OptionGroup group) => (group.LowerBound, group.MaxCount) switch
    {
        (_, 1) => $"Only one {group.Name} can be chosen.",
        (0, var max) => $"At most {max} {group.Name} options can be chosen.",
        (var min, var max) => $"Between {min} and {max} {group.Name} options must be chosen.",
    };

    private static ResourceRuleCheck.Group ResourceGroup(OptionGroup group, ResourceLimitConstraint c, Dictionary<string, int> variableOf) =>
        new([.. group.Options.Select(o => variableOf[o.Id])],
            [.. group.Options.Select(o => NetUse(o, c))],
            group.LowerBound, group.MaxCount);

    /// <summary>What an option adds to a resource sum: its use minus the capacity it brings.</summary>
    internal static long NetUse(ProductOption option, ResourceLimitConstraint c) =>
        (long)option.Attribute(c.Attribute) - (c.CapacityAttribute is null ? 0 : option.Attribute(c.CapacityAttribute));

    private static int GroupCardinality(BddBuilder builder, OptionGroup group, Dictionary<string, int> variableOf)
    {
        var terms = group.Options.Select(o => (variableOf[o.Id], 1L)).ToArray();
        return builder.And(builder.AtMost(terms, group.MaxCount), builder.AtLeast(terms, group.LowerBound));
    }

    private static (int[] Scope, int Node) Encode(
        BddBuilder builder, ProductFamily family, Constraint constraint, Dictionary<string, int> variableOf)
    {
        int V(string id) => variableOf[id];
        int Lit(string id, bool positive = true) => builder.Literal(V(id), positive);
        int[] Scope(string head, IEnumerable<string> rest) => [.. rest.Prepend(head).Select(V).Distinct()];

        switch (constraint)
        {
            case RequiresConstraint c:
                return (Scope(c.Option, c.Required), builder.Implies(Lit(c.Option), builder.AndAll(c.Required.Select(r => Lit(r)))));
            case RequiresOneOfConstraint c:
                return (Scope(c.Option, c.OneOf), builder.Implies(Lit(c.Option), builder.OrAll(c.OneOf.Select(r => Lit(r)))));
            case ExcludesConstraint c:
                return (Scope(c.Option, c.Excluded), builder.Implies(Lit(c.Option), builder.AndAll(c.Excluded.Select(r => Lit(r, false)))));
            case ResourceLimitConstraint c:
                var terms = family.Options.Select(o => (Variable: V(o.Id), Weight: NetUse(o, c))).Where(t => t.Weight != 0).ToArray();
                return ([.. terms.Select(t => t.Variable)], builder.AtMost(terms, c.Limit));
            case QuantityLimitConstraint:
                return ([], BddBuilder.True);
            default:
                throw new InvalidOperationException($"Unknown constraint type {constraint.GetType().Name}.");
        }
    }
}
