using Configurator.Catalog.Engine;

namespace Configurator.Web.Apis;

/// <summary>The selection part every engine request carries. Defaults: region NA, segment consumer, quantity 1, today.</summary>
public interface ISelectionInput
{
    string[]? Picks { get; }
    string? Region { get; }
    string? Segment { get; }
    int? Quantity { get; }
    DateOnly? Date { get; }
}

public sealed record SelectionInput(string[]? Picks, string? Region, string? Segment, int? Quantity, DateOnly? Date) : ISelectionInput;

public sealed record CompletionInput(string[]? Picks, string? Region, string? Segment, int? Quantity, DateOnly? Date,
    CompletionObjective? Objective) : ISelectionInput;

public sealed record ResolutionInput(string[]? Picks, string? Region, string? Segment, int? Quantity, DateOnly? Date,
    string? Target) : ISelectionInput;

/// <summary>A configuration to save; sales may save it for a registered customer, whose timeline and profile then get it.</summary>
public sealed record SaveConfigurationInput(string? FamilyId, string? Name, string[]? Picks, string? Region, string? Segment,
    int? Quantity, DateOnly? Date, string? CustomerNumber = null) : ISelectionInput;
