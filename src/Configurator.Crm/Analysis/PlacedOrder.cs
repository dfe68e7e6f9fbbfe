namespace Configurator.Crm.Analysis;

/// <summary>An order placed in a period, with the quote it came from when there was one.</summary>
public sealed record PlacedOrder(string OrderId, string? QuoteId = null);
