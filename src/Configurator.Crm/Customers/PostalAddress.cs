namespace Configurator.Crm.Customers;

/// <summary>A postal address; the country is an ISO 3166 alpha-2 code.</summary>
public sealed record PostalAddress
{
    public PostalAddress(string street, string city, string postalCode, string country)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(street);
        ArgumentException.ThrowIfNullOrWhiteSpace(city);
        ArgumentException.ThrowIfNullOrWhiteSpace(postalCode);
        if (country is not { Length: 2 } || !country.All(char.IsAsciiLetterUpper))
            throw new ArgumentException($"'{country}' is not an ISO 3166 alpha-2 country code.", nameof(country));
        (Street, City, PostalCode, Country) = (street, city, postalCode, country);
    }

    public string Street { get; }
    public string City { get; }
    public string PostalCode { get; }
    public string Country { get; }
}
