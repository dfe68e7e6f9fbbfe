namespace Configurator.Crm.Customers;

/// <summary>What a person does in a business customer's buying decisions (the decision unit).</summary>
public enum BuyingRole { DecisionMaker, Influencer, Purchaser, User, TechnicalEvaluator, Gatekeeper }

/// <summary>A person at a customer; consumers have one, themselves.</summary>
public sealed record Contact
{
    public Contact(Guid id, string name, string? email, string? phone, BuyingRole role) => (Id, Name, Email, Phone, Role) = (id, name, email, phone, role);

    public Guid Id { get; init; }

    public string Name
    {
        get;
        init => field = string.IsNullOrWhiteSpace(value) ? throw new ArgumentException("A contact has a name.", nameof(Name)) : value;
    }

    public string? Email { get; init; }
    public string? Phone { get; init; }
    public BuyingRole Role { get; init; }
}
