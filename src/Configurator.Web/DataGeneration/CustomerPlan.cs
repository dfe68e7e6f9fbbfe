using Configurator.Crm;
using Configurator.Crm.Customers;

namespace Configurator.Web.DataGeneration;

/// <summary>
/// One generated customer and the habits that drive their orders: how often they order and until when, which
/// families, how many units, how often they complete for lead time rather than price, how satisfied they tend to
/// be, and (key accounts) the share of their wallet we hold. <see cref="Habits"/> keeps their own picks per family.
/// </summary>
internal sealed record CustomerPlan(
    Customer Customer,
    Market Market,
    string Segment,
    double OrdersPerQuarter,
    DateTimeOffset ActiveUntil,
    IReadOnlyList<(string FamilyId, double Weight)> Families,
    int MinQuantity,
    int MaxQuantity,
    double FastestShare,
    double Satisfaction,
    string OrderedBy,
    string Staff,
    double? TargetShareOfWallet)
{
    public CustomerNumber Number => Customer.Number;

    public Dictionary<string, IReadOnlyList<string>> Habits { get; } = [];
}
