using Erp.Abstractions;

namespace Configurator.Orders.ErpSync;

/// <summary>A status the ERP pushed for one of our orders (the webhook's body, checked).</summary>
public sealed record ErpStatusNotice(string System, string ExternalReference, string ErpOrderNumber, ErpOrderStatus Status, DateTimeOffset OccurredAt);
