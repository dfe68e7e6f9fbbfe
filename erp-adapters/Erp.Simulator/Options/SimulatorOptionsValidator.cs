using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Erp.Simulator.Options;

/// <summary>DataAnnotations on the options and on their nested fault settings, which the stock validation does not reach.</summary>
public sealed class SimulatorOptionsValidator : IValidateOptions<SimulatorOptions>
{
    public ValidateOptionsResult Validate(string? name, SimulatorOptions options)
    {
        var errors = Errors(options).Concat(Errors(options.Faults).Select(e => $"Faults: {e}")).ToList();
        if (options.ShippedAfter < options.InProductionAfter)
            errors.Add("ShippedAfter is counted from creation and cannot come before InProductionAfter.");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    public static IReadOnlyList<string> Errors(object instance)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(instance, new ValidationContext(instance), results, validateAllProperties: true);
        return results.Select(r => r.ErrorMessage ?? "invalid").ToList();
    }
}
