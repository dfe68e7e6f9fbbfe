namespace Configurator.Crm.Customers;

/// <summary>
/// Which customers a sales desk list shows: optionally one kind, key accounts only, one account manager's, or those whose
/// name contains a text (case-insensitive); ordered by number, <see cref="Limit"/> at a time after <see cref="After"/>.
/// </summary>
public sealed record CustomerQuery(CustomerKind? Kind = null, bool KeyAccountsOnly = false, string? AccountManager = null, string? NameContains = null,
    CustomerNumber? After = null, int Limit = 100);

/// <summary>A customer as a list shows it.</summary>
public sealed record CustomerSummary(string Number, CustomerKind Kind, string Name, bool IsKeyAccount, string? AccountManager);
