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
