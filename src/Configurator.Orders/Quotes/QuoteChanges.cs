namespace Configurator.Orders.Quotes;

/// <summary>What a re-pricing changed between two revisions of a quote, in words.</summary>
public static class QuoteChanges
{
    public static IReadOnlyList<QuoteChange> Between(QuoteTerms before, QuoteTerms after, DateOnly today)
    {
        var changes = new List<QuoteChange>();
        void Compare<T>(string field, T was, T now, Func<T, string> show)
        {
            if (!EqualityComparer<T>.Default.Equals(was, now)) changes.Add(new QuoteChange(field, show(was), show(now)));
        }

        if (today > before.ValidUntil)
            changes.Add(new QuoteChange("validUntil", $"{before.ValidUntil:yyyy-MM-dd} (expired)", $"{after.ValidUntil:yyyy-MM-dd}"));
        else Compare("validUntil", before.ValidUntil, after.ValidUntil, d => d.ToString("yyyy-MM-dd"));
        Compare("modelVersion", before.ModelVersion.Value, after.ModelVersion.Value, v => v);
        Compare("listUnitPrice", before.Price.ListUnitPrice, after.Price.ListUnitPrice, m => m.ToString());
        Compare("accountDiscountPercent", before.Price.AccountDiscountPercent, after.Price.AccountDiscountPercent, p => $"{p} %");
        Compare("volumeDiscountPercent", before.Price.VolumeDiscountPercent, after.Price.VolumeDiscountPercent, p => $"{p} %");
        Compare("netUnitPrice", before.Price.NetUnitPrice, after.Price.NetUnitPrice, m => m.ToString());
        Compare("total", before.Price.Total, after.Price.Total, m => m.ToString());
        Compare("leadTimeDays", before.LeadTimeDays, after.LeadTimeDays, d => $"{d} days");
        var implied = Implied(before.Implied, after.Implied);
        if (implied is not null) changes.Add(implied);
        return changes;
    }

    private static QuoteChange? Implied(IReadOnlyList<string> before, IReadOnlyList<string> after) =>
        before.Order().SequenceEqual(after.Order()) ? null
            : new QuoteChange("implied", before.Count == 0 ? "none" : string.Join(", ", before), after.Count == 0 ? "none" : string.Join(", ", after));
}
