using Configurator.Catalog.Model;

namespace Configurator.Crm.Analysis;

/// <summary>What one customer bought from us in one quarter, net of returns (so it may be negative).</summary>
public sealed record QuarterSales(Quarter Quarter, Money Amount);
