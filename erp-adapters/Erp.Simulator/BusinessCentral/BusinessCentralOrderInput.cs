using System.Text.Json.Nodes;

namespace Erp.Simulator.BusinessCentral;

/// <summary>A salesOrder body that passed validation: header fields without the lines, and the lines as received.</summary>
public sealed record BusinessCentralOrderInput(string ExternalDocumentNumber, JsonObject Header, JsonArray Lines);
