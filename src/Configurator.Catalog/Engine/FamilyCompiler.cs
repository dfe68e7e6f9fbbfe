using Configurator.Catalog.Model;

namespace Configurator.Catalog.Engine;

/// <summary>
/// Compiles a family's groups and constraints into one decision diagram over one boolean
/// variable per option (the family's option order), plus a small diagram per rule for explanations.
/// </summary>
internal static class FamilyCompiler
{
    public static CompiledFamily Compile(ProductFamily family)
    {
        var options = family.Options;
        var variableOf = options.Select((o, i) => (o.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var builder = new BddBuilder(options.Count);

        var groupRules = family.Groups.ToDictionary(g => g.Id, g => GroupCardinality(builder, g, variableOf));
        var rules = new List<(string Id, string Message, int[] Scope, int Node)>();
        foreach (var group in family.Groups)
        {
            var scope = group.Options.Select(o => variableOf[o.Id]).ToArray();
            rules.Add(($"group:{group.Id}", CardinalityMessage(group), scope, groupRules[group.Id]));
        }
        foreach (var constraint in family.Constraints)
        {
            var (scope, node) = Encode(builder, family, constraint, variableOf);
            if (scope.Length == 0) continue; // quantity limits act on the context, not on the picks
            rules.Add((constraint.Id, constraint.Describe(family), scope, node));
        }

        // Conjoin from the bottom of the variable order up: intermediate diagrams stay small.
        var root = builder.AndAll(rules.OrderByDescending(r => r.Scope.Min()).Select(r => r.Node));
        var diagram = DecisionDiagram.From(builder, root);

        var checks = rules.Select(r =>
        {
            var touched = r.Scope.Select(v => options[v].GroupId).Distinct().ToArray();
            var local = builder.AndAll(touched.Select(g => groupRules[g]).Prepend(r.Node));
            var variables = touched.SelectMany(g => family.Group(g).Options).Select(o => variableOf[o.Id]).Union(r.Scope).ToArray();
            return new RuleCheck(r.Id, r.Message, r.Scope, variables, DecisionDiagram.From(builder, local));
        }).ToArray();

        return new CompiledFamily(family, diagram, checks, builder.NodeCount);
    }

    private static string CardinalityMessage(OptionGroup group) => (group.LowerBound, group.MaxCount) switch
    {
        (_, 1) => $"Only one {group.Name} can be chosen.",
        (0, var max) => $"At most {max} {group.Name} options can be chosen.",
        (var min, var max) => $"Between {min} and {max} {group.Name} options must be chosen.",
    };

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
                var terms = family.Options
                    .Select(o => (Variable: V(o.Id), Weight: (long)o.Attribute(c.Attribute) - (c.CapacityAttribute is null ? 0 : o.Attribute(c.CapacityAttribute))))
                    .Where(t => t.Weight != 0).ToArray();
                return ([.. terms.Select(t => t.Variable)], builder.AtMost(terms, c.Limit));
            case QuantityLimitConstraint:
                return ([], BddBuilder.True);
            default:
                throw new InvalidOperationException($"Unknown constraint type {constraint.GetType().Name}.");
        }
    }
}
