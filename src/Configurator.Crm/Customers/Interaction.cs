namespace Configurator.Crm.Customers;

/// <summary>Every kind of contact with a customer that sales, service and marketing share on one timeline.</summary>
public enum InteractionKind
{
    ConfigurationSaved,
    QuoteGiven,
    OrderPlaced,
    ServiceCall,
    Complaint,
    Call,
    Visit,
    FunnelStageChanged,
    /// <summary>A quote was accepted and became an order; the reference is the quote number, the summary names the order.</summary>
    QuoteAccepted,
    /// <summary>A post-delivery satisfaction score (1 = very dissatisfied … 5 = very satisfied) in the value; the reference is the order number.</summary>
    SatisfactionRated,
}

/// <summary>
/// One line of a customer's timeline: what, when, by whom, about what (a configuration, quote or order
/// id), and for orders and quotes the family and value, so purchase history by product needs no join.
/// </summary>
public sealed record Interaction(
    Guid Id,
    InteractionKind Kind,
    DateTimeOffset At,
    string By,
    string Summary,
    string? Reference = null,
    string? FamilyId = null,
    decimal? Value = null,
    string? Currency = null);
