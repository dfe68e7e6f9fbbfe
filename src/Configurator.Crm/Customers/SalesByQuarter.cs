using Configurator.Catalog.Model;
using Configurator.Crm.Analysis;

namespace Configurator.Crm.Customers;

/// <summary>A customer's orders on its timeline as sales per quarter, in one currency (other currencies are left out).</summary>
public static class SalesByQuarter
{
    public static IReadOnlyList<QuarterSales> Of(Customer customer, string currency) =>
        [.. customer.Timeline
            .Where(i => i.Kind == InteractionKind.OrderPlaced && i.Value is not null && i.Currency == currency)
            .GroupBy(i => Quarter.From(DateOnly.FromDateTime(i.At.UtcDateTime)))
            .OrderBy(g => g.Key)
            .Select(g => new QuarterSales(g.Key, new Money(g.Sum(i => i.Value!.Value), currency)))];
}
