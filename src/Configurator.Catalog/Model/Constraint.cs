namespace Configurator.Catalog.Model;

/// <summary>A structural rule of a family, compiled into the configuration engine.</summary>
public abstract record Constraint(string Id, string? Message)
{
    /// <summary>The plain sentence shown when this constraint excludes an option.</summary>
    public abstract string Describe(ProductFamily family);
}

/// <summary>Picking <see cref="Option"/> requires every option in <see cref="Required"/>.</summary>
public sealed record RequiresConstraint(string Id, string? Message, string Option, IReadOnlyList<string> Required)
    : Constraint(Id, Message)
{
    public override string Describe(ProductFamily family) => Message ??
        $"{family.NameOf(Option)} requires {Words.And(Required.Select(family.NameOf))}.";
}

/// <summary>Picking <see cref="Option"/> requires at least one option in <see cref="OneOf"/>.</summary>
public sealed record RequiresOneOfConstraint(string Id, string? Message, string Option, IReadOnlyList<string> OneOf)
    : Constraint(Id, Message)
{
    public override string Describe(ProductFamily family) => Message ??
        $"{family.NameOf(Option)} requires {Words.Or(OneOf.Select(family.NameOf))}.";
}

/// <summary><see cref="Option"/> cannot be combined with any option in <see cref="Excluded"/>.</summary>
public sealed record ExcludesConstraint(string Id, string? Message, string Option, IReadOnlyList<string> Excluded)
    : Constraint(Id, Message)
{
    public override string Describe(ProductFamily family) => Message ??
        $"{family.NameOf(Option)} cannot be combined with {Words.Or(Excluded.Select(family.NameOf))}.";
}

/// <summary>
/// Σ <see cref="Attribute"/> over the picks ≤ Σ <see cref="CapacityAttribute"/> over the picks + <see cref="Limit"/>.
/// </summary>
public sealed record ResourceLimitConstraint(string Id, string? Message, string Attribute, string? CapacityAttribute, int Limit)
    : Constraint(Id, Message)
{
    public override string Describe(ProductFamily family) => Message ?? (CapacityAttribute, Limit) switch
    {
        (null, _) => $"The total {Attribute} must not exceed {Limit}.",
        (_, 0) => $"The total {Attribute} must not exceed the {CapacityAttribute} of the chosen parts.",
        _ => $"The total {Attribute} must not exceed the {CapacityAttribute} of the chosen parts plus {Limit}.",
    };
}

/// <summary>An order holding <see cref="Option"/> may have at most <see cref="MaxQuantity"/> units.</summary>
public sealed record QuantityLimitConstraint(string Id, string? Message, string Option, int MaxQuantity)
    : Constraint(Id, Message)
{
    public override string Describe(ProductFamily family) => Message ??
        $"{family.NameOf(Option)} is limited to {MaxQuantity} units per order.";
}
