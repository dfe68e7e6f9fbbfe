using Configurator.Catalog.Engine;
using Configurator.Catalog.Loading;
using Configurator.Catalog.Model;
using Configurator.Catalog.Pricing;
using Configurator.Tests.Support;
using Google.OrTools.Sat;

namespace Configurator.Tests.Engine;

/// <summary>
/// The reference model is too large to enumerate; an independent solver (OR-Tools CP-SAT)
/// checks the engine's cheapest completions on it instead.
/// </summary>
public class CpSatOracleTests
{
    public static TheoryData<string, string> Families => new()
    {
        { "business-laptop", "NA" }, { "business-laptop", "CN" },
        { "desktop-workstation", "NA" }, { "desktop-workstation", "EU" },
        { "rack-server", "NA" }, { "rack-server", "APAC" },
    };

    [Theory]
    [MemberData(nameof(Families))]
    public async Task CheapestCompletionCostsWhatCpSatFindsOptimal(string familyId, string region)
    {
        var model = (await ModelLoader.LoadAsync(RulesFolder.Repository)).Model!;
        model.TryGetFamily(familyId, out var family).ShouldBeTrue();
        var context = Contexts.In(region);
        var finder = new CompletionFinder(ListPriceCalculator.Instance);
        var random = new Random(familyId.Length * 31 + region.Length);

        // From nothing, and from a few picks taken out of an engine answer as a user would.
        var picks = new List<string>();
        for (var step = 0; step < 4; step++)
        {
            var engine = finder.Complete(family, new ConfigurationRequest([.. picks], context), CompletionObjective.Cheapest);
            var optimum = CheapestByCpSat(family.Family, context, picks);

            engine.Options.ShouldNotBeNull();
            optimum.ShouldNotBeNull();
            engine.Price!.UnitPrice.Amount.ShouldBe(family.Family.BasePrice.Amount + optimum.Value / 100m);

            var selectable = new ConfigurationEngine(ListPriceCalculator.Instance)
                .Configure(model, family, new ConfigurationRequest([.. picks], context)).Options
                .Where(o => o.Availability == OptionAvailability.Selectable && o.Replaces is null).ToArray();
            picks.Add(selectable[random.Next(selectable.Length)].OptionId);
        }
    }

    private static long? CheapestByCpSat(ProductFamily family, SelectionContext context, IReadOnlyList<string> picks)
    {
        var cp = new CpModel();
        var x = family.Options.ToDictionary(o => o.Id, o => cp.NewBoolVar(o.Id));
        foreach (var o in family.Options)
            if (!o.IsSoldIn(context.Region) || !o.IsEffectiveOn(context.Date)) cp.Add(x[o.Id] == 0);
        foreach (var id in picks) cp.Add(x[id] == 1);
        foreach (var g in family.Groups)
        {
            var sum = LinearExpr.Sum(g.Options.Select(o => x[o.Id]));
            cp.Add(sum <= g.MaxCount);
            cp.Add(sum >= g.LowerBound);
        }
        foreach (var c in family.Constraints)
        {
            switch (c)
            {
                case RequiresConstraint r: foreach (var q in r.Required) cp.AddImplication(x[r.Option], x[q]); break;
                case RequiresOneOfConstraint r: cp.Add(LinearExpr.Sum(r.OneOf.Select(q => x[q])) >= 1).OnlyEnforceIf(x[r.Option]); break;
                case ExcludesConstraint e: foreach (var q in e.Excluded) cp.AddBoolOr([x[e.Option].Not(), x[q].Not()]); break;
                case ResourceLimitConstraint l:
                    cp.Add(LinearExpr.WeightedSum(family.Options.Select(o => x[o.Id]),
                        family.Options.Select(o => (long)o.Attribute(l.Attribute) - (l.CapacityAttribute is null ? 0 : o.Attribute(l.CapacityAttribute)))) <= l.Limit);
                    break;
                case QuantityLimitConstraint q when context.Quantity > q.MaxQuantity: cp.Add(x[q.Option] == 0); break;
            }
        }
        cp.Minimize(LinearExpr.WeightedSum(family.Options.Select(o => x[o.Id]), family.Options.Select(o => (long)(o.ListPrice.Amount * 100))));
        var solver = new CpSolver { StringParameters = "num_workers:1" };
        var status = solver.Solve(cp);
        return status == CpSolverStatus.Optimal ? (long)Math.Round(solver.ObjectiveValue) : null;
    }
}
