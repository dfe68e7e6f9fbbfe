using Configurator.Orders.Model;

namespace Configurator.Orders.Quotes;

/// <summary>
/// A quote for an account from a saved configuration. <see cref="ValidUntil"/> is the last day it holds
/// (null: <see cref="QuotingOptions.DefaultValidityDays"/>); <see cref="RepDiscountPercent"/> comes on top of the account's terms;
/// a null <see cref="Quantity"/> is the configuration's.
/// </summary>
public sealed record IssueQuoteRequest(string CustomerNumber, Guid ConfigurationId, int? Quantity, decimal RepDiscountPercent, DateOnly? ValidUntil,
    string? Comment);

/// <summary>
/// The customer's acceptance of one revision of the quote (the terms they saw): where the order ships and for when.
/// A null <see cref="Revision"/> accepts whatever revision is current.
/// </summary>
public sealed record AcceptQuoteRequest(ShipTo ShipTo, DateOnly RequestedDate, int? Revision = null);

public enum QuoteFailure
{
    /// <summary>The quote or its configuration does not exist.</summary>
    NotFound,
    /// <summary>Well formed but not possible: the configuration no longer holds, a discount beyond the limit, no route.</summary>
    Unprocessable,
    /// <summary>The quote's state does not allow it (accepted, withdrawn).</summary>
    WrongState,
    /// <summary>The quote was expired or outdated and has been re-priced: the customer must see the new terms and accept again.</summary>
    Repriced,
}

/// <summary>A quote (and, once accepted, its order), or why not, by field; a re-priced quote comes with what changed.</summary>
/// <see cref="Replayed"/>: the order was placed by an earlier (or concurrent) acceptance of the same revision, not by this one.
public sealed record QuoteResult(Quote? Quote, Order? Order, QuoteFailure? Failure, IReadOnlyDictionary<string, string[]> Errors,
    IReadOnlyList<QuoteChange> Changes, bool Replayed = false)
{
    public static QuoteResult Done(Quote quote, Order? order = null, bool replayed = false) =>
        new(quote, order, null, new Dictionary<string, string[]>(), [], replayed);

    public static QuoteResult Failed(QuoteFailure failure, string field, params string[] messages) =>
        new(null, null, failure, new Dictionary<string, string[]> { [field] = messages }, []);

    public static QuoteResult Failed(QuoteFailure failure, IReadOnlyDictionary<string, string[]> errors) => new(null, null, failure, errors, []);

    public static QuoteResult Repriced(Quote quote, IReadOnlyList<QuoteChange> changes) =>
        new(quote, null, QuoteFailure.Repriced, new Dictionary<string, string[]>
        {
            ["quote"] = [$"Quote {quote.Number} was re-priced as revision {quote.Terms.Revision}; review what changed and accept again."],
        }, changes);
}
