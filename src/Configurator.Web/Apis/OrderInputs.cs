using System.Text.RegularExpressions;
using Configurator.Orders.Model;
using Configurator.Orders.Placement;

namespace Configurator.Web.Apis;

public sealed partial record ShipToInput(string? Name, string? Street, string? City, string? PostalCode, string? Country)
{
    /// <summary>Field limits are the tightest of the ERPs' (SAP's city has 40 characters, its postal code 10).</summary>
    public static ShipTo? Validate(ShipToInput? input, string field, Dictionary<string, string[]> errors)
    {
        if (input is null)
        {
            errors[field] = ["A ship-to address is required."];
            return null;
        }
        var before = errors.Count;
        CustomerInputs.Text(input.Name, $"{field}.name", 80, errors);
        CustomerInputs.Text(input.Street, $"{field}.street", 60, errors);
        CustomerInputs.Text(input.City, $"{field}.city", 40, errors);
        CustomerInputs.Text(input.PostalCode, $"{field}.postalCode", 10, errors);
        if (input.Country is null || !CountryPattern().IsMatch(input.Country))
            errors[$"{field}.country"] = ["A country is an ISO 3166 alpha-2 code such as DE or US."];
        return errors.Count > before ? null
            : new ShipTo(input.Name!.Trim(), input.Street!.Trim(), input.City!.Trim(), input.PostalCode!.Trim(), input.Country!);
    }

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex CountryPattern();
}

/// <summary>An order for a saved configuration, as posted.</summary>
public sealed partial record PlaceOrderInput(Guid? ConfigurationId, int? Quantity, string? CustomerNumber, ShipToInput? ShipTo, DateOnly? RequestedDate)
{
    /// <summary>SAP's sold-to party has at most 10 characters: so does a customer number.</summary>
    public PlaceOrderRequest? Validate(DateOnly today, Dictionary<string, string[]> errors)
    {
        if (ConfigurationId is null || ConfigurationId == Guid.Empty) errors["configurationId"] = ["A saved configuration id is required."];
        if (Quantity is null or < 1) errors["quantity"] = ["A quantity of at least 1 is required."];
        if (CustomerNumber is null || !CustomerNumberPattern().IsMatch(CustomerNumber))
            errors["customerNumber"] = ["A customer number has 1 to 10 upper-case letters, digits or dashes."];
        var shipTo = ShipToInput.Validate(ShipTo, "shipTo", errors);
        if (RequestedDate is null) errors["requestedDate"] = ["A requested delivery date is required."];
        else if (RequestedDate < today) errors["requestedDate"] = [$"The requested delivery date {RequestedDate:yyyy-MM-dd} is in the past."];
        if (errors.Count > 0) return null;
        return new PlaceOrderRequest(ConfigurationId!.Value, Quantity!.Value, CustomerNumber!, shipTo!, RequestedDate!.Value);
    }

    [GeneratedRegex("^[A-Z0-9-]{1,10}$")]
    private static partial Regex CustomerNumberPattern();

}

/// <summary>A person's reason for an action (optional).</summary>
public sealed record OrderActionInput(string? Comment)
{
    public const int MaxCommentLength = 500;
}

internal static class IdempotencyKeys
{
    /// <summary>Printable ASCII, 1 to 100 characters, as the IETF Idempotency-Key header draft suggests for keys.</summary>
    public static bool IsValid(string key) => key.Length is > 0 and <= PlacementKey.MaxKeyLength && key.All(c => c is >= '!' and <= '~');
}
