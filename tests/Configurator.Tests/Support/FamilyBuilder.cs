using Configurator.Catalog.Engine;
using Configurator.Catalog.Model;

namespace Configurator.Tests.Support;

/// <summary>Builds small families in code for engine tests.</summary>
internal sealed class TestFamily(string id = "test")
{
    private readonly List<OptionGroup> _groups = [];
    private readonly List<Constraint> _constraints = [];

    public TestFamily Single(string groupId, bool required, params TestOption[] options) =>
        Group(groupId, SelectionMode.Single, required, required ? 1 : 0, 1, options);

    public TestFamily Multi(string groupId, bool required, int min, int max, params TestOption[] options) =>
        Group(groupId, SelectionMode.Multi, required, min, max, options);

    private TestFamily Group(string groupId, SelectionMode mode, bool required, int min, int max, TestOption[] options)
    {
        var built = options.Select(o => new ProductOption(o.Id, o.Name ?? o.Id, groupId,
            new Money(o.Price, "USD"), new Money(o.Price / 2, "USD"), o.LeadTimeDays,
            o.Attributes ?? new Dictionary<string, int>(), o.Regions?.ToHashSet(), o.From, o.To,
            [new BomComponent(new Sku(o.Id.ToUpperInvariant()), 1, "EA")])).ToArray();
        _groups.Add(new OptionGroup(groupId, groupId.ToUpperInvariant(), mode, required, min, max, _groups.Count * 10, built));
        return this;
    }

    public TestFamily Requires(string option, params string[] required) =>
        Add(new RequiresConstraint($"c{_constraints.Count}", null, option, required));

    public TestFamily RequiresOneOf(string option, params string[] oneOf) =>
        Add(new RequiresOneOfConstraint($"c{_constraints.Count}", null, option, oneOf));

    public TestFamily Excludes(string option, params string[] excluded) =>
        Add(new ExcludesConstraint($"c{_constraints.Count}", null, option, excluded));

    public TestFamily ResourceLimit(string attribute, string? capacity, int limit = 0, string? message = null) =>
        Add(new ResourceLimitConstraint($"c{_constraints.Count}", message, attribute, capacity, limit));

    public TestFamily QuantityLimit(string option, int max) =>
        Add(new QuantityLimitConstraint($"c{_constraints.Count}", null, option, max));

    public TestFamily Add(Constraint constraint)
    {
        _constraints.Add(constraint);
        return this;
    }

    public ProductFamily BuildFamily() => new(id, id, "", "USD", new Money(100, "USD"), new Money(50, "USD"), 2,
        new QuantityRange(1, 100), [], _groups, _constraints);

    public CompiledFamily Compile() => FamilyCompiler.Compile(BuildFamily());
}

internal sealed record TestOption(string Id, decimal Price = 0, int LeadTimeDays = 0)
{
    public string? Name { get; init; }
    public Dictionary<string, int>? Attributes { get; init; }
    public string[]? Regions { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
}
