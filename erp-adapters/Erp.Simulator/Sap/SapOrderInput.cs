using System.Text.Json.Nodes;

namespace Erp.Simulator.Sap;

/// <summary>
/// A deep-insert body that passed validation: the header fields without navigation properties, the partners,
/// and the items (sub-items included) with their pricing, as received.
/// </summary>
public sealed record SapOrderInput(string SalesOrganization, string PurchaseOrderByCustomer, JsonObject Header, JsonArray Items);
