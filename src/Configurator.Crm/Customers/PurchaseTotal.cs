namespace Configurator.Crm.Customers;

/// <summary>What a customer bought of one family: orders and their value, in one currency.</summary>
public sealed record PurchaseTotal(string FamilyId, int Orders, decimal Value, string Currency, DateTimeOffset LastOrderedAt);
