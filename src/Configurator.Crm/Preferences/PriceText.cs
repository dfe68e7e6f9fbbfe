using System.Globalization;
using Configurator.Catalog.Model;

namespace Configurator.Crm.Preferences;

/// <summary>Prices as reasons show them: "$70.00" for dollars, "70.00 EUR" otherwise.</summary>
internal static class PriceText
{
    public static string Of(Money money) => money.Currency == "USD"
        ? "$" + money.Amount.ToString("0.00", CultureInfo.InvariantCulture)
        : money.Amount.ToString("0.00", CultureInfo.InvariantCulture) + " " + money.Currency;
}
