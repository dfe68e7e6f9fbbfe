using Configurator.Catalog.Model;

namespace Configurator.Orders.Quotes;

/// <summary>
/// A sales quote for an account from a saved configuration. Its terms are immutable revisions: an expired
/// quote, or one whose model version is no longer served, is re-priced into a new revision before it can be
/// accepted, and its history says what changed. State changes only through these methods; anything the
/// state does not allow throws a <see cref="QuoteException"/>.
/// </summary>
public sealed class Quote
{
    private readonly List<QuoteEvent> _history;

    private Quote(Guid id, QuoteNumber number, string customerNumber, Guid configurationId, string familyId, string familyName,
        decimal repDiscountAuthorityPercent, string issuedBy, QuoteState state, QuoteTerms terms, Guid? orderId, string? orderNumber,
        IEnumerable<QuoteEvent> history)
    {
        Percent.Require(repDiscountAuthorityPercent, nameof(repDiscountAuthorityPercent));
        Id = id;
        Number = number;
        CustomerNumber = customerNumber;
        ConfigurationId = configurationId;
        FamilyId = familyId;
        FamilyName = familyName;
        RepDiscountAuthorityPercent = repDiscountAuthorityPercent;
        IssuedBy = issuedBy;
        State = state;
        Terms = terms;
        OrderId = orderId;
        OrderNumber = orderNumber;
        _history = [.. history];
    }

    public Guid Id { get; }
    public QuoteNumber Number { get; }
    public string CustomerNumber { get; }
    public Guid ConfigurationId { get; }
    public string FamilyId { get; }
    public string FamilyName { get; }

    /// <summary>The discount the issuing rep may give alone; a rep discount beyond it needs a sales manager's approval.</summary>
    public decimal RepDiscountAuthorityPercent { get; }

    public string IssuedBy { get; }
    public QuoteState State { get; private set; }
    public QuoteTerms Terms { get; private set; }
    public Guid? OrderId { get; private set; }
    public string? OrderNumber { get; private set; }
    public IReadOnlyList<QuoteEvent> History => _history;

    public bool ExceedsRepAuthority => Terms.Price.RepDiscountPercent > RepDiscountAuthorityPercent;

    public bool IsExpiredOn(DateOnly today) => today > Terms.ValidUntil;

    /// <summary>Expired, or validated against a model version that is no longer served: it must be re-priced before acceptance.</summary>
    public bool NeedsRepricing(ModelVersion served, DateOnly today) => IsExpiredOn(today) || Terms.ModelVersion != served;

    public static Quote Issue(Guid id, QuoteNumber number, string customerNumber, Guid configurationId, string familyId, string familyName,
        decimal repDiscountAuthorityPercent, QuoteTerms terms, string by, string? comment)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(customerNumber);
        if (terms.Revision != 1) throw new ArgumentException("A new quote starts at revision 1.", nameof(terms));
        if (terms.ValidUntil < DateOnly.FromDateTime(terms.IssuedAt.UtcDateTime))
            throw new ArgumentException("A quote is valid at least on the day it is issued.", nameof(terms));
        var quote = new Quote(id, number, customerNumber, configurationId, familyId, familyName, repDiscountAuthorityPercent, by,
            QuoteState.Open, terms, null, null, []);
        quote.Append(terms.IssuedAt, "Issued", by, comment, []);
        return quote;
    }

    public static Quote Restore(Guid id, QuoteNumber number, string customerNumber, Guid configurationId, string familyId, string familyName,
        decimal repDiscountAuthorityPercent, string issuedBy, QuoteState state, QuoteTerms terms, Guid? orderId, string? orderNumber,
        IEnumerable<QuoteEvent> history) =>
        new(id, number, customerNumber, configurationId, familyId, familyName, repDiscountAuthorityPercent, issuedBy, state, terms, orderId,
            orderNumber, history);

    /// <summary>Replaces the terms with the next revision, re-validated and re-priced, and records what changed.</summary>
    public void Reprice(QuoteTerms next, IReadOnlyList<QuoteChange> changes, string by)
    {
        RequireOpen("re-priced");
        if (next.Revision != Terms.Revision + 1) throw new ArgumentException($"The next revision of quote {Number} is {Terms.Revision + 1}.", nameof(next));
        if (next.Price.RepDiscountPercent != Terms.Price.RepDiscountPercent)
            throw new ArgumentException("Re-pricing keeps the rep's discount; a different discount is a new quote.", nameof(next));
        Terms = next;
        Append(next.IssuedAt, $"Re-priced as revision {next.Revision}", by, null, changes);
    }

    /// <summary>The customer accepted the current terms and they were placed as an order.</summary>
    public void Accept(Guid orderId, string orderNumber, string by, DateTimeOffset at)
    {
        RequireOpen("accepted");
        if (IsExpiredOn(DateOnly.FromDateTime(at.UtcDateTime)))
            throw new QuoteException($"Quote {Number} expired on {Terms.ValidUntil:yyyy-MM-dd}; it must be re-priced first.");
        State = QuoteState.Accepted;
        OrderId = orderId;
        OrderNumber = orderNumber;
        Append(at, $"Accepted: order {orderNumber}", by, null, []);
    }

    public void Withdraw(string by, string? comment, DateTimeOffset at)
    {
        RequireOpen("withdrawn");
        State = QuoteState.Withdrawn;
        Append(at, "Withdrawn", by, comment, []);
    }

    private void RequireOpen(string action)
    {
        if (State != QuoteState.Open) throw new QuoteException($"Quote {Number} is {State}; it cannot be {action}.");
    }

    private void Append(DateTimeOffset at, string what, string by, string? comment, IReadOnlyList<QuoteChange> changes) =>
        _history.Add(new QuoteEvent(_history.Count + 1, at, what, by, comment, changes));
}
