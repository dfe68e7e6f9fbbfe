using System.Text.RegularExpressions;
using Configurator.Orders.Model;
using Configurator.Orders.Placement;

namespace Configurator.Web.Apis;

public sealed record ShipToInput(string? Name, string? Street, string? City, string? PostalCode, string? Country);

/// <summary>An order for a saved configuration, as posted.</summary>
public sealed partial record PlaceOrderInput(Guid? ConfigurationId, int? Quantity, string? CustomerNumber, ShipToInput? ShipTo, DateOnly? RequestedDate)
{
    /// <summary>Field limits are the tightest of the ERPs' (SAP's sold-to party has 10 characters, its city 40, its postal code 10).</summary>
    public PlaceOrderRequest? Validate(DateOnly today, Dictionary<string, string[]> errors)
    {
        if (ConfigurationId is null || ConfigurationId == Guid.Empty) errors["configurationId"] = ["A saved configuration id is required."];
        if (Quantity is null or < 1) errors["quantity"] = ["A quantity of at least 1 is required."];
        if (CustomerNumber is null || !CustomerNumberPattern().IsMatch(CustomerNumber))
            errors["customerNumber"] = ["A customer number has 1 to 10 upper-case letters, digits or dashes."];
        if (ShipTo is null) errors["shipTo"] = ["A ship-to address is required."];
        else
        {
            Text(ShipTo.Name, "shipTo.name", 80, errors);
            Text(ShipTo.Street, "shipTo.street", 60, errors);
            Text(ShipTo.City, "shipTo.city", 40, errors);
            Text(ShipTo.PostalCode, "shipTo.postalCode", 10, errors);
            if (ShipTo.Country is null || !CountryPattern().IsMatch(ShipTo.Country))
                errors["shipTo.country"] = ["A country is an ISO 3166 alpha-2 code such as DE or US."];
        }
        if (RequestedDate is null) errors["requestedDate"] = ["A requested delivery date is required."];
        else if (RequestedDate < today) errors["requestedDate"] = [$"The requested delivery date {RequestedDate:yyyy-MM-dd} is in the past."];
        if (errors.Count > 0) return null;
        return new PlaceOrderRequest(ConfigurationId!.Value, Quantity!.Value, CustomerNumber!,
            new ShipTo(ShipTo!.Name!.Trim(), ShipTo.Street!.Trim(), ShipTo.City!.Trim(), ShipTo.PostalCode!.Trim(), ShipTo.Country!), RequestedDate!.Value);
    }

    private static void Text(string? value, string field, int max, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value)) errors[field] = ["Required."];
        else if (value.Length > max) errors[field] = [$"At most {max} characters."];
        else if (value.Any(char.IsControl)) errors[field] = ["Control characters are not allowed."];
    }

    [GeneratedRegex("^[A-Z0-9-]{1,10}$")]
    private static partial Regex CustomerNumberPattern();

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex CountryPattern();
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
