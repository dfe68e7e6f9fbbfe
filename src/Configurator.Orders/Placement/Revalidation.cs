using Configurator.Catalog.Configurations;
using Configurator.Catalog.Engine;
using Configurator.Catalog.Model;
using Configurator.Catalog.Rules;

namespace Configurator.Orders.Placement;

/// <summary>A saved configuration that still holds under the model served now, with the engine's answer for it.</summary>
public sealed record Revalidated(CompiledFamily Family, SelectionContext Context, ConfigurationResult Result);

/// <summary>
/// Re-validates a saved configuration against the model served now, for ordering or quoting it: the family is still
/// offered, the quantity allowed, no option withdrawn, no conflict, complete, and no business rule of severity error
/// fails. Every reason is keyed by the field at fault and says when the model changed since the configuration was saved.
/// </summary>
public static class Revalidation
{
    public static Revalidated? Check(ProductModel model, ConfigurationEngine engine, SavedConfiguration saved, int quantity, DateOnly today,
        Dictionary<string, string[]> errors)
    {
        if (!model.TryGetFamily(saved.FamilyId, out var family))
        {
            errors["configurationId"] = [$"Family '{saved.FamilyId}' is no longer offered."];
            return null;
        }
        if (!family.Family.Quantity.Contains(quantity))
        {
            errors["quantity"] = [$"Quantity must be between {family.Family.Quantity.Min} and {family.Family.Quantity.Max} for {family.Family.Name}."];
            return null;
        }
        var withdrawn = saved.Picks.Where(p => !family.Family.TryGetOption(p, out _)).ToArray();
        if (withdrawn.Length > 0)
        {
            errors["configurationId"] = [.. withdrawn.Select(p => $"Option '{p}' is no longer offered (the product model changed since the configuration was saved).")];
            return null;
        }

        var context = saved.Context with { Quantity = quantity, Date = today };
        var result = engine.Configure(model, family, new ConfigurationRequest(saved.Picks, context));
        var problems = Problems(saved, model.Version, result);
        if (problems.Count > 0)
        {
            errors["configurationId"] = [.. problems];
            return null;
        }
        return new Revalidated(family, context, result);
    }

    private static List<string> Problems(SavedConfiguration saved, ModelVersion current, ConfigurationResult result)
    {
        var problems = new List<string>();
        var changed = saved.ModelVersion == current ? "" : " (the product model changed since the configuration was saved)";
        foreach (var conflict in result.Conflicts)
            problems.Add($"Option '{conflict.OptionId}' can no longer be chosen{changed}: {string.Join("; ", conflict.Reasons.Select(r => r.Message))}");
        foreach (var open in result.StillRequired)
            problems.Add($"'{open.GroupName}' needs {open.Needed} more choice(s){changed}.");
        if (problems.Count == 0 && !result.IsComplete)
            problems.Add($"The configuration is not complete{changed}.");
        foreach (var rule in result.BusinessRules.Where(r => !r.Passed && r.Severity == RuleSeverity.Error))
            problems.Add(rule.Message ?? rule.RuleName);
        return problems;
    }
}
