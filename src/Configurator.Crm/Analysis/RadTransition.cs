namespace Configurator.Crm.Analysis;

/// <summary>A key account whose RAD class changed between two analyses.</summary>
public sealed record RadTransition(CustomerNumber Account, RadClass From, RadClass To, RadDirection Direction);
