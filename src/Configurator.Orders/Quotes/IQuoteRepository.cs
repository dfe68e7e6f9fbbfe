namespace Configurator.Orders.Quotes;

/// <summary>Where quotes live; the Data project implements it on EF Core.</summary>
public interface IQuoteRepository
{
    Task AddAsync(Quote quote, CancellationToken cancellationToken);

    Task<Quote?> FindAsync(Guid id, CancellationToken cancellationToken);

    Task<Quote?> FindByNumberAsync(QuoteNumber number, CancellationToken cancellationToken);

    /// <summary>The customer's quotes, newest first.</summary>
    Task<IReadOnlyList<Quote>> ListForCustomerAsync(string customerNumber, CancellationToken cancellationToken);

    /// <summary>Loads, changes and saves a quote, retrying on a concurrent save; null when there is no such quote.</summary>
    Task<Quote?> UpdateAsync(Guid id, Action<Quote> change, CancellationToken cancellationToken);
}

/// <summary>Accounts' negotiated terms; the Data project implements it on EF Core.</summary>
public interface IAccountPriceLists
{
    Task<AccountPriceList?> FindAsync(string customerNumber, CancellationToken cancellationToken);

    /// <summary>Stores the account's price list, replacing the one it had.</summary>
    Task SaveAsync(AccountPriceList priceList, CancellationToken cancellationToken);
}
