using Configurator.Catalog.Model;

namespace Configurator.Crm.Preferences;

/// <summary>
/// Up-sells: in every single-select group where the customer has a usual choice still in the
/// family, the next option by list price above it (the cheapest dearer one, sold in the context).
/// Multi-select groups are left out: a dearer option there is an addition, which is cross-selling.
/// </summary>
public static class UpSell
{
    public static IReadOnlyList<Recommendation> For(CustomerProfile profile, ProductFamily family, SelectionContext context)
    {
        var recommendations = new List<Recommendation>();
        foreach (var group in family.Groups.Where(g => g.Selection == SelectionMode.Single))
        {
            var usual = profile.In(family.Id, group.Id).FirstOrDefault(o => o.Weight > 0 && family.TryGetOption(o.OptionId, out _));
            if (usual is null) continue;
            var current = family.Option(usual.OptionId);
            var next = group.Options
                .Where(o => o.ListPrice.Amount > current.ListPrice.Amount && o.IsSoldIn(context.Region) && o.IsEffectiveOn(context.Date))
                .OrderBy(o => o.ListPrice.Amount)
                .FirstOrDefault();
            if (next is null) continue;
            var difference = next.ListPrice - current.ListPrice;
            recommendations.Add(new Recommendation(RecommendationKind.UpSell, family.Id, next.Id, current.Id,
                $"You usually choose {current.Name}; {next.Name} is the next tier for +{PriceText.Of(difference)}",
                PriceDifference: difference.Amount));
        }
        return recommendations;
    }
}
