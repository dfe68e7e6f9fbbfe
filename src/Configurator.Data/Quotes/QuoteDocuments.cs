using System.Text.Json;
using System.Text.Json.Serialization;
using Configurator.Catalog.Model;
using Configurator.Orders.Quotes;

namespace Configurator.Data.Quotes;

/// <summary>The JSON shapes of quotes and price lists: plain values, so stored quotes outlive refactorings.</summary>
internal static class QuoteDocuments
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    internal sealed record QuoteDocument(string CustomerNumber, Guid ConfigurationId, string FamilyId, string FamilyName, decimal RepDiscountAuthorityPercent,
        string IssuedBy, QuoteState State, Terms Terms, Guid? OrderId, string? OrderNumber, QuoteEvent[] History);

    internal sealed record Terms(int Revision, string ModelVersion, string[] Picks, string[] Implied, string Region, DateOnly Date, int Quantity,
        string Segment, decimal ListUnitPrice, string Currency, decimal AccountDiscountPercent, decimal VolumeDiscountPercent, decimal RepDiscountPercent,
        int LeadTimeDays, DateOnly ValidUntil, DateTimeOffset IssuedAt);

    internal sealed record PriceListDocument(decimal DiscountPercent, Dictionary<string, decimal> FamilyDiscountPercents, VolumeBreakDocument[] VolumeBreaks,
        string SetBy);

    internal sealed record VolumeBreakDocument(int MinQuantity, decimal DiscountPercent);

    public static string Write(Quote q)
    {
        var t = q.Terms;
        var terms = new Terms(t.Revision, t.ModelVersion.Value, [.. t.Picks], [.. t.Implied], t.Context.Region, t.Context.Date, t.Context.Quantity,
            t.Context.Segment, t.Price.ListUnitPrice.Amount, t.Price.ListUnitPrice.Currency, t.Price.AccountDiscountPercent, t.Price.VolumeDiscountPercent,
            t.Price.RepDiscountPercent, t.LeadTimeDays, t.ValidUntil, t.IssuedAt);
        return JsonSerializer.Serialize(new QuoteDocument(q.CustomerNumber, q.ConfigurationId, q.FamilyId, q.FamilyName, q.RepDiscountAuthorityPercent,
            q.IssuedBy, q.State, terms, q.OrderId, q.OrderNumber, [.. q.History]), Json);
    }

    public static Quote ReadQuote(Guid id, string number, string json)
    {
        var d = JsonSerializer.Deserialize<QuoteDocument>(json, Json)!;
        var t = d.Terms;
        var terms = new QuoteTerms(t.Revision, new ModelVersion(t.ModelVersion), t.Picks, t.Implied, new SelectionContext(t.Region, t.Date, t.Quantity, t.Segment),
            new QuotePrice(new Money(t.ListUnitPrice, t.Currency), t.Quantity, t.AccountDiscountPercent, t.VolumeDiscountPercent, t.RepDiscountPercent),
            t.LeadTimeDays, t.ValidUntil, t.IssuedAt);
        return Quote.Restore(id, new QuoteNumber(number), d.CustomerNumber, d.ConfigurationId, d.FamilyId, d.FamilyName, d.RepDiscountAuthorityPercent,
            d.IssuedBy, d.State, terms, d.OrderId, d.OrderNumber, d.History);
    }

    public static string Write(AccountPriceList p) => JsonSerializer.Serialize(new PriceListDocument(p.DiscountPercent,
        new Dictionary<string, decimal>(p.FamilyDiscountPercents), [.. p.VolumeBreaks.Select(b => new VolumeBreakDocument(b.MinQuantity, b.DiscountPercent))],
        p.SetBy), Json);

    public static AccountPriceList ReadPriceList(string customerNumber, DateTimeOffset setAt, string json)
    {
        var d = JsonSerializer.Deserialize<PriceListDocument>(json, Json)!;
        return new AccountPriceList(customerNumber, d.DiscountPercent, d.FamilyDiscountPercents,
            [.. d.VolumeBreaks.Select(b => new VolumeBreak(b.MinQuantity, b.DiscountPercent))], d.SetBy, setAt);
    }
}
