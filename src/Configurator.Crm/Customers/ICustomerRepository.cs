namespace Configurator.Crm.Customers;

/// <summary>Where customers live; the Data project implements it on EF Core.</summary>
public interface ICustomerRepository
{
    /// <summary>Stores a new customer; false when the number is taken.</summary>
    Task<bool> TryAddAsync(Customer customer, CancellationToken cancellationToken);

    Task<Customer?> FindAsync(CustomerNumber number, CancellationToken cancellationToken);

    /// <summary>Whether the number is registered, without loading the customer.</summary>
    Task<bool> ExistsAsync(CustomerNumber number, CancellationToken cancellationToken);

    /// <summary>How many customers are registered.</summary>
    Task<int> CountAsync(CancellationToken cancellationToken);

    /// <summary>A page of customers for a sales desk list.</summary>
    Task<IReadOnlyList<CustomerSummary>> ListAsync(CustomerQuery query, CancellationToken cancellationToken);

    /// <summary>The numbers of every customer tracked as a key account.</summary>
    Task<IReadOnlyList<CustomerNumber>> KeyAccountsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Adds an interaction the system records (an order placed, a quote given) without loading the customer: the timeline is
    /// append-only and read in time order, so adding needs none of it. False when there is no such customer.
    /// </summary>
    Task<bool> AppendAsync(CustomerNumber number, Interaction interaction, CancellationToken cancellationToken);

    /// <summary>Loads, changes and saves a customer, retrying on a concurrent save; null when there is no such customer.</summary>
    Task<Customer?> UpdateAsync(CustomerNumber number, Action<Customer> change, CancellationToken cancellationToken);

    /// <summary>
    /// Interactions of the given kinds across all customers, at or after <paramref name="from"/> (null: from the start) and before
    /// <paramref name="until"/>, oldest first; for analyses over many customers without loading each one.
    /// </summary>
    Task<IReadOnlyList<CustomerInteraction>> InteractionsAsync(DateTimeOffset? from, DateTimeOffset until, IReadOnlyCollection<InteractionKind> kinds,
        CancellationToken cancellationToken);
}
