namespace Erp.Simulator.Storage;

/// <summary>
/// One order as the simulated ERP keeps it. <see cref="Header"/> and <see cref="Lines"/> are the received
/// payload in the vendor's JSON (header fields without navigation properties; SAP items with their sub-items,
/// or Business Central lines), enough to answer lookups and line reads.
/// </summary>
public sealed record StoredOrder(
    Guid Id,
    ErpSystem System,
    string Company,
    string ExternalReference,
    string ErpOrderNumber,
    OrderStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset ModifiedAt,
    string Header,
    string Lines,
    int LineCount);
