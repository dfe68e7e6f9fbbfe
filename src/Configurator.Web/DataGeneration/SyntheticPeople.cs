using System.Text;
using Bogus;
using Configurator.Crm.Customers;

namespace Configurator.Web.DataGeneration;

/// <summary>
/// Names, companies, addresses and phone numbers from Bogus, one faker per market so a German customer has a
/// German name and address. Each faker has its own seed derived from the run's, so a seed repeats every name.
/// E-mail addresses use the reserved .example domain: generated data never names a real mailbox.
/// </summary>
internal sealed class SyntheticPeople(int seed)
{
    private readonly Dictionary<string, Faker> _fakers = [];

    public string PersonName(Market market) => Fit(Faker(market).Name.FullName(), 120);

    public string CompanyName(Market market) => Fit(Faker(market).Company.CompanyName(), 120);

    public PostalAddress Address(Market market)
    {
        var faker = Faker(market);
        // The tightest ERP limits (street 60, city 40, postal code 10) hold for every generated address.
        return new PostalAddress(Fit(faker.Address.StreetAddress(), 60), Fit(faker.Address.City(), 40),
            Fit(faker.Address.ZipCode(), 10), market.Country);
    }

    public string Phone(Market market) => Fit(Faker(market).Phone.PhoneNumber(), 30);

    /// <summary>first.last@domain.example; names without Latin letters get a numbered mailbox.</summary>
    public static string Email(string name, string domain, int fallbackNumber)
    {
        var local = Slug(name, '.');
        return $"{(local.Length == 0 ? $"contact{fallbackNumber}" : local)}@{domain}";
    }

    public static string Domain(string companyName, int fallbackNumber)
    {
        var slug = Slug(companyName, '-');
        return $"{(slug.Length == 0 ? $"company{fallbackNumber}" : slug[..Math.Min(slug.Length, 30)].Trim('-'))}.example";
    }

    private Faker Faker(Market market)
    {
        if (_fakers.TryGetValue(market.Locale, out var faker)) return faker;
        var index = Market.All.ToList().FindIndex(m => m.Locale == market.Locale);
        faker = new Faker(market.Locale) { Random = new Randomizer(unchecked(seed * 7919 + index)) };
        _fakers[market.Locale] = faker;
        return faker;
    }

    private static string Slug(string text, char separator)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c)) builder.Append(char.ToLowerInvariant(c));
            else if ((c == ' ' || c == '-' || c == '.') && builder.Length > 0 && builder[^1] != separator) builder.Append(separator);
        }
        return builder.ToString().Trim(separator);
    }

    private static string Fit(string text, int max)
    {
        var clean = new string([.. text.Where(c => !char.IsControl(c))]).Trim();
        return clean.Length <= max ? clean : clean[..max].TrimEnd();
    }
}
