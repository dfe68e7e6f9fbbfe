namespace Configurator.Crm.Customers;

/// <summary>One line of some customer's timeline, with whose it is: what analyses across customers read.</summary>
public sealed record CustomerInteraction(CustomerNumber Customer, Interaction Interaction);
