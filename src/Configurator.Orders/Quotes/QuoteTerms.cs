using Configurator.Catalog.Model;

namespace Configurator.Orders.Quotes;

/// <summary>
/// What one revision of a quote offers: the configuration as validated against a model version,
/// its price for the account, the lead time, and the last day the offer holds (inclusive).
/// </summary>
public sealed record QuoteTerms(
    int Revision,
    ModelVersion ModelVersion,
    IReadOnlyList<string> Picks,
    IReadOnlyList<string> Implied,
    SelectionContext Context,
    QuotePrice Price,
    int LeadTimeDays,
    DateOnly ValidUntil,
    DateTimeOffset IssuedAt);

/// <summary>One thing a re-pricing changed, in words for the person accepting: field, before, after.</summary>
public sealed record QuoteChange(string Field, string Before, string After);

/// <summary>One line of a quote's history: issued, re-priced (with what changed), accepted, withdrawn.</summary>
public sealed record QuoteEvent(int Sequence, DateTimeOffset At, string What, string By, string? Comment, IReadOnlyList<QuoteChange> Changes);

public enum QuoteState
{
    /// <summary>Offered; it can be accepted while valid, re-priced once expired or outdated, or withdrawn.</summary>
    Open,
    /// <summary>Accepted and placed as an order.</summary>
    Accepted,
    Withdrawn,
}

/// <summary>A quote cannot do what was asked in its state (accept a withdrawn quote, say).</summary>
public sealed class QuoteException(string message) : Exception(message);
