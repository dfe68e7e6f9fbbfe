using Configurator.Orders.Quotes;

namespace Configurator.Web.Apis;

/// <summary>A quote as a sales rep asks for it.</summary>
public sealed record IssueQuoteInput(string? CustomerNumber, Guid? ConfigurationId, int? Quantity, decimal? RepDiscountPercent, DateOnly? ValidUntil,
    string? Comment)
{
    public const int MaxCommentLength = 500;

    public IssueQuoteRequest? Validate(Dictionary<string, string[]> errors)
    {
        var customer = CustomerInputs.Number(CustomerNumber, "customerNumber", errors);
        if (ConfigurationId is null || ConfigurationId == Guid.Empty) errors["configurationId"] = ["A saved configuration id is required."];
        if (Quantity is < 1) errors["quantity"] = ["A quantity of at least 1."];
        QuoteInputs.Percent(RepDiscountPercent ?? 0m, "repDiscountPercent", errors);
        if (Comment is { Length: > MaxCommentLength }) errors["comment"] = [$"At most {MaxCommentLength} characters."];
        return errors.Count > 0 ? null
            : new IssueQuoteRequest(customer!.Value.Value, ConfigurationId!.Value, Quantity, RepDiscountPercent ?? 0m, ValidUntil, Comment);
    }
}

/// <summary>The customer's acceptance of a quote revision (the terms they were shown), as recorded by sales.</summary>
public sealed record AcceptQuoteInput(int? Revision, ShipToInput? ShipTo, DateOnly? RequestedDate)
{
    public AcceptQuoteRequest? Validate(DateOnly today, Dictionary<string, string[]> errors)
    {
        if (Revision is not >= 1) errors["revision"] = ["The revision of the quote the customer accepts (1 for a quote never re-priced)."];
        var shipTo = ShipToInput.Validate(ShipTo, "shipTo", errors);
        if (RequestedDate is null) errors["requestedDate"] = ["A requested delivery date is required."];
        else if (RequestedDate < today) errors["requestedDate"] = [$"The requested delivery date {RequestedDate:yyyy-MM-dd} is in the past."];
        return errors.Count > 0 ? null : new AcceptQuoteRequest(shipTo!, RequestedDate!.Value, Revision);
    }
}

public sealed record VolumeBreakInput(int? MinQuantity, decimal? DiscountPercent);

/// <summary>An account's negotiated terms, as sales management sets them.</summary>
public sealed record PriceListInput(decimal? DiscountPercent, Dictionary<string, decimal>? FamilyDiscountPercents, VolumeBreakInput[]? VolumeBreaks)
{
    public const int MaxBreaks = 20;

    public AccountPriceList? Validate(string customerNumber, IReadOnlySet<string> families, string by, DateTimeOffset at, Dictionary<string, string[]> errors)
    {
        QuoteInputs.Percent(DiscountPercent ?? 0m, "discountPercent", errors);
        foreach (var (family, percent) in FamilyDiscountPercents ?? [])
        {
            if (!families.Contains(family)) errors[$"familyDiscountPercents.{family}"] = [$"There is no family '{family}'."];
            else QuoteInputs.Percent(percent, $"familyDiscountPercents.{family}", errors);
        }
        var breaks = VolumeBreaks ?? [];
        if (breaks.Length > MaxBreaks) errors["volumeBreaks"] = [$"At most {MaxBreaks} volume breaks."];
        for (var i = 0; i < breaks.Length; i++)
        {
            if (breaks[i].MinQuantity is not >= 2) errors[$"volumeBreaks[{i}].minQuantity"] = ["A break starts at 2 units or more."];
            else if (breaks.Take(i).Any(b => b.MinQuantity == breaks[i].MinQuantity))
                errors[$"volumeBreaks[{i}].minQuantity"] = [$"Another break starts at {breaks[i].MinQuantity} units."];
            QuoteInputs.Percent(breaks[i].DiscountPercent ?? -1m, $"volumeBreaks[{i}].discountPercent", errors);
        }
        return errors.Count > 0 ? null
            : new AccountPriceList(customerNumber, DiscountPercent ?? 0m, FamilyDiscountPercents ?? [],
                [.. breaks.Select(b => new VolumeBreak(b.MinQuantity!.Value, b.DiscountPercent!.Value))], by, at);
    }
}

/// <summary>A person's reason for withdrawing a quote (optional).</summary>
public sealed record WithdrawQuoteInput(string? Comment);

internal static class QuoteInputs
{
    public static void Percent(decimal value, string field, Dictionary<string, string[]> errors)
    {
        if (!Orders.Quotes.Percent.IsValid(value)) errors[field] = ["A percentage from 0 to 100 with at most two decimals."];
    }
}
