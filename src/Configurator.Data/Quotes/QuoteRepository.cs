using Configurator.Orders.Quotes;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Data.Quotes;

/// <summary>Quotes on EF Core: one row per quote, optimistic concurrency on every update.</summary>
internal sealed class QuoteRepository(ConfiguratorDbContext db) : IQuoteRepository
{
    public async Task AddAsync(Quote quote, CancellationToken cancellationToken)
    {
        var record = new QuoteRecord
        {
            Id = quote.Id, Number = quote.Number.Value, CustomerNumber = quote.CustomerNumber, State = "", FamilyId = quote.FamilyId, Currency = "",
            IssuedAtMs = quote.Terms.IssuedAt.ToUnixTimeMilliseconds(), DocumentJson = "",
        };
        Apply(quote, record);
        db.Quotes.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    public async Task<Quote?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        Read(await db.Quotes.AsNoTracking().FirstOrDefaultAsync(q => q.Id == id, cancellationToken));

    public async Task<Quote?> FindByNumberAsync(QuoteNumber number, CancellationToken cancellationToken) =>
        Read(await db.Quotes.AsNoTracking().FirstOrDefaultAsync(q => q.Number == number.Value, cancellationToken));

    public async Task<IReadOnlyList<Quote>> ListForCustomerAsync(string customerNumber, CancellationToken cancellationToken)
    {
        var rows = await db.Quotes.AsNoTracking().Where(q => q.CustomerNumber == customerNumber)
            .OrderByDescending(q => q.IssuedAtMs).ToListAsync(cancellationToken);
        return [.. rows.Select(r => Read(r)!)];
    }

    public Task<Quote?> UpdateAsync(Guid id, Action<Quote> change, CancellationToken cancellationToken) =>
        db.UpdateWithRetriesAsync(
            ct => db.Quotes.FirstOrDefaultAsync(q => q.Id == id, ct),
            record =>
            {
                var quote = Read(record)!;
                return Task.FromResult<(Quote, Func<bool>)>((quote, () => Apply(quote, record)));
            },
            change, cancellationToken);

    private static Quote? Read(QuoteRecord? record) => record is null ? null : QuoteDocuments.ReadQuote(record.Id, record.Number, record.DocumentJson);

    /// <summary>Copies the quote to its row; false when nothing changed.</summary>
    private static bool Apply(Quote quote, QuoteRecord record)
    {
        record.State = quote.State.ToString();
        record.Revision = quote.Terms.Revision;
        record.ValidUntil = quote.Terms.ValidUntil;
        record.Total = quote.Terms.Price.Total.Amount;
        record.Currency = quote.Terms.Price.Total.Currency;
        record.OrderNumber = quote.OrderNumber;
        var json = QuoteDocuments.Write(quote);
        if (json == record.DocumentJson) return false;
        record.DocumentJson = json;
        record.Version++;
        return true;
    }
}

/// <summary>Account price lists on EF Core: one row per account, replaced when sales management changes the terms.</summary>
internal sealed class AccountPriceListRepository(ConfiguratorDbContext db) : IAccountPriceLists
{
    public async Task<AccountPriceList?> FindAsync(string customerNumber, CancellationToken cancellationToken)
    {
        var record = await db.AccountPriceLists.AsNoTracking().FirstOrDefaultAsync(p => p.CustomerNumber == customerNumber, cancellationToken);
        return record is null ? null : QuoteDocuments.ReadPriceList(record.CustomerNumber, record.SetAt, record.DocumentJson);
    }

    public async Task SaveAsync(AccountPriceList priceList, CancellationToken cancellationToken)
    {
        var record = await db.AccountPriceLists.FirstOrDefaultAsync(p => p.CustomerNumber == priceList.CustomerNumber, cancellationToken);
        if (record is null)
        {
            record = new AccountPriceListRecord { CustomerNumber = priceList.CustomerNumber, DocumentJson = "" };
            db.AccountPriceLists.Add(record);
        }
        record.SetAt = priceList.SetAt;
        record.DocumentJson = QuoteDocuments.Write(priceList);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }
}
