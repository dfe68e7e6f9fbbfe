using Configurator.Catalog.Engine;
using Configurator.Catalog.Model;

namespace Configurator.Web.Apis;

/// <summary>Checks a selection against a family and names every field at fault.</summary>
internal static class SelectionValidator
{
    public static ConfigurationRequest? Validate(CompiledFamily compiled, ISelectionInput input, TimeProvider time, Dictionary<string, string[]> errors)
    {
        var family = compiled.Family;
        var picks = input.Picks ?? [];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < picks.Length; i++)
        {
            var id = picks[i];
            if (string.IsNullOrWhiteSpace(id)) errors[$"picks[{i}]"] = ["An option id is required."];
            else if (!family.TryGetOption(id, out _)) errors[$"picks[{i}]"] = [$"Family '{family.Id}' has no option '{id}'."];
            else if (!seen.Add(id)) errors[$"picks[{i}]"] = [$"Option '{id}' is picked more than once."];
        }

        var region = input.Region ?? "NA";
        if (!SelectionContext.Regions.Contains(region))
            errors["region"] = [$"'{region}' is not a region; use one of {string.Join(", ", SelectionContext.Regions)}."];
        var segment = input.Segment ?? "consumer";
        if (!SelectionContext.Segments.Contains(segment))
            errors["segment"] = [$"'{segment}' is not a segment; use one of {string.Join(", ", SelectionContext.Segments)}."];
        var quantity = input.Quantity ?? 1;
        if (!family.Quantity.Contains(quantity))
            errors["quantity"] = [$"Quantity must be between {family.Quantity.Min} and {family.Quantity.Max} for {family.Name}."];

        if (errors.Count > 0) return null;
        var date = input.Date ?? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        return new ConfigurationRequest(picks, new SelectionContext(region, date, quantity, segment));
    }
}
