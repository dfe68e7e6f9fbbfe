using System.Net.Mail;
using Configurator.Crm;
using Configurator.Crm.Customers;

namespace Configurator.Web.Apis;

public sealed record AddressInput(string? Street, string? City, string? PostalCode, string? Country);

/// <summary>A customer as registered by sales.</summary>
public sealed record RegisterCustomerInput(string? Number, CustomerKind? Kind, string? Name, string? Email, AddressInput? Address)
{
    public Customer? Validate(DateTimeOffset now, Dictionary<string, string[]> errors)
    {
        var number = CustomerInputs.Number(Number, "number", errors);
        if (Kind is null) errors["kind"] = ["Use consumer or business."];
        CustomerInputs.Text(Name, "name", 200, errors);
        if (Email is not null && (Email.Length > 254 || !MailAddress.TryCreate(Email, out _))) errors["email"] = ["Not an e-mail address."];
        var address = CustomerInputs.Address(Address, "address", errors);
        return errors.Count > 0 ? null : Customer.Register(number!.Value, Kind!.Value, Name!.Trim(), Email, address!, now);
    }
}

public sealed record ContactInput(string? Name, string? Email, string? Phone, BuyingRole? Role);

/// <summary>An activity a person records: a call, a visit, a service call, a complaint.</summary>
public sealed record InteractionInput(InteractionKind? Kind, string? Summary, DateTimeOffset? At, string? Reference)
{
    public static readonly IReadOnlySet<InteractionKind> RecordedByPeople =
        new HashSet<InteractionKind> { InteractionKind.Call, InteractionKind.Visit, InteractionKind.ServiceCall, InteractionKind.Complaint };
}

public sealed record KeyAccountInput(string? Industry, string? Parent, string? Affiliation, int? Employees, string? CustomerType, string? CustomerCode,
    string? AccountManager, string? TechnicalSupportOwner, FunnelStage? Stage);

internal static class CustomerInputs
{
    public static CustomerNumber? Number(string? value, string field, Dictionary<string, string[]> errors)
    {
        try
        {
            return new CustomerNumber(value ?? "");
        }
        catch (ArgumentException e)
        {
            errors[field] = [e.Message];
            return null;
        }
    }

    public static void Text(string? value, string field, int max, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value)) errors[field] = ["Required."];
        else if (value.Length > max) errors[field] = [$"At most {max} characters."];
        else if (value.Any(char.IsControl)) errors[field] = ["Control characters are not allowed."];
    }

    public static PostalAddress? Address(AddressInput? input, string field, Dictionary<string, string[]> errors)
    {
        if (input is null)
        {
            errors[field] = ["An address is required."];
            return null;
        }
        Text(input.Street, $"{field}.street", 60, errors);
        Text(input.City, $"{field}.city", 40, errors);
        Text(input.PostalCode, $"{field}.postalCode", 10, errors);
        if (input.Country is not { Length: 2 } || !input.Country.All(char.IsAsciiLetterUpper))
            errors[$"{field}.country"] = ["An ISO 3166 alpha-2 code such as DE or US."];
        return errors.Keys.Any(k => k.StartsWith(field, StringComparison.Ordinal))
            ? null
            : new PostalAddress(input.Street!.Trim(), input.City!.Trim(), input.PostalCode!.Trim(), input.Country!);
    }
}
