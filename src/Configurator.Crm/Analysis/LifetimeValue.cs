using Configurator.Catalog.Model;

namespace Configurator.Crm.Analysis;

/// <summary>A customer lifetime value in the margin's currency, or null with the reason it has none (the series diverges or overflows).</summary>
public sealed record LifetimeValue(Money? Value, string? Reason = null);
