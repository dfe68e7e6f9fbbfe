using System.Text.Json;
using System.Text.Json.Serialization;
using Configurator.Crm;
using Configurator.Crm.Customers;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Data.Customers;

/// <summary>Customers on EF Core: a row per customer, interactions appended, optimistic concurrency on updates.</summary>
public sealed class CustomerRepository(ConfiguratorDbContext db) : ICustomerRepository
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private sealed record AddressDocument(string Street, string City, string PostalCode, string Country);

    private sealed record KeyAccountDocument(string Industry, string? Parent, string? Affiliation, int Employees, string CustomerType,
        string CustomerCode, string AccountManager, string TechnicalSupportOwner, FunnelStage Stage);

    public async Task<bool> TryAddAsync(Customer customer, CancellationToken cancellationToken)
    {
        if (await db.Customers.AnyAsync(c => c.Number == customer.Number.Value, cancellationToken)) return false;
        var record = new CustomerRecord
        {
            Number = customer.Number.Value, Kind = customer.Kind.ToString(), Name = customer.Name, Email = customer.Email,
            AddressJson = "", ContactsJson = "", CreatedAt = customer.CreatedAt,
        };
        Apply(customer, record, persisted: []);
        db.Customers.Add(record);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // A concurrent registration of the same number wins; anything else is a real failure.
            if (await NumberTakenAsync(customer.Number, cancellationToken)) return false;
            throw;
        }
    }

    public async Task<Customer?> FindAsync(CustomerNumber number, CancellationToken cancellationToken)
    {
        var record = await db.Customers.AsNoTracking().FirstOrDefaultAsync(c => c.Number == number.Value, cancellationToken);
        return record is null ? null : await LoadAsync(record, cancellationToken);
    }

    public Task<int> CountAsync(CancellationToken cancellationToken) => db.Customers.CountAsync(cancellationToken);

    public async Task<IReadOnlyList<CustomerSummary>> ListAsync(CustomerQuery query, CancellationToken cancellationToken)
    {
        var rows = db.Customers.AsNoTracking();
        if (query.Kind is { } kind) rows = rows.Where(c => c.Kind == kind.ToString());
        if (query.KeyAccountsOnly) rows = rows.Where(c => c.IsKeyAccount);
        if (query.AccountManager is { } manager) rows = rows.Where(c => c.AccountManager == manager);
        if (query.NameContains is { } text)
        {
            var lower = text.ToLowerInvariant();
            rows = rows.Where(c => c.Name.ToLower().Contains(lower));
        }
        if (query.After is { } after) rows = rows.Where(c => string.Compare(c.Number, after.Value) > 0);
        var page = await rows.OrderBy(c => c.Number).Take(query.Limit)
            .Select(c => new { c.Number, c.Kind, c.Name, c.IsKeyAccount, c.AccountManager }).ToListAsync(cancellationToken);
        return [.. page.Select(c => new CustomerSummary(c.Number, Enum.Parse<CustomerKind>(c.Kind), c.Name, c.IsKeyAccount, c.AccountManager))];
    }

    public async Task<IReadOnlyList<CustomerNumber>> KeyAccountsAsync(CancellationToken cancellationToken) =>
        [.. (await db.Customers.AsNoTracking().Where(c => c.IsKeyAccount).OrderBy(c => c.Number).Select(c => c.Number).ToListAsync(cancellationToken))
            .Select(n => new CustomerNumber(n))];

    public Task<Customer?> UpdateAsync(CustomerNumber number, Action<Customer> change, CancellationToken cancellationToken) =>
        db.UpdateWithRetriesAsync(
            ct => db.Customers.FirstOrDefaultAsync(c => c.Number == number.Value, ct),
            async record =>
            {
                var customer = await LoadAsync(record, cancellationToken);
                var persisted = customer.Timeline.Select(i => i.Id).ToHashSet();
                return (customer, () =>
                {
                    Apply(customer, record, persisted);
                    return true;
                });
            },
            change, cancellationToken);

    public async Task<IReadOnlyList<CustomerInteraction>> InteractionsAsync(DateTimeOffset? from, DateTimeOffset until,
        IReadOnlyCollection<InteractionKind> kinds, CancellationToken cancellationToken)
    {
        var names = kinds.Select(k => k.ToString()).ToArray();
        var untilMs = until.ToUnixTimeMilliseconds();
        var query = db.Interactions.AsNoTracking().Where(i => i.AtMs < untilMs && names.Contains(i.Kind));
        if (from is { } start)
        {
            var fromMs = start.ToUnixTimeMilliseconds();
            query = query.Where(i => i.AtMs >= fromMs);
        }
        var rows = await query.OrderBy(i => i.AtMs).ToListAsync(cancellationToken);
        return [.. rows.Select(i => new CustomerInteraction(new CustomerNumber(i.CustomerNumber), ToInteraction(i)))];
    }

    private async Task<bool> NumberTakenAsync(CustomerNumber number, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await db.Customers.AsNoTracking().AnyAsync(c => c.Number == number.Value, cancellationToken);
    }

    private async Task<Customer> LoadAsync(CustomerRecord record, CancellationToken cancellationToken)
    {
        var interactions = await db.Interactions.AsNoTracking().Where(i => i.CustomerNumber == record.Number)
            .OrderBy(i => i.AtMs).ToListAsync(cancellationToken);
        var address = JsonSerializer.Deserialize<AddressDocument>(record.AddressJson, Json)!;
        var account = record.KeyAccountJson is null ? null : JsonSerializer.Deserialize<KeyAccountDocument>(record.KeyAccountJson, Json);
        return Customer.Restore(new CustomerNumber(record.Number), Enum.Parse<CustomerKind>(record.Kind), record.Name, record.Email,
            new PostalAddress(address.Street, address.City, address.PostalCode, address.Country), record.CreatedAt,
            account is null ? null : new KeyAccountProfile(account.Industry, account.Parent is null ? null : new CustomerNumber(account.Parent),
                account.Affiliation, account.Employees, account.CustomerType, account.CustomerCode, account.AccountManager,
                account.TechnicalSupportOwner, account.Stage),
            JsonSerializer.Deserialize<Contact[]>(record.ContactsJson, Json)!,
            interactions.Select(ToInteraction));
    }

    public Task<bool> ExistsAsync(CustomerNumber number, CancellationToken cancellationToken) =>
        db.Customers.AsNoTracking().AnyAsync(c => c.Number == number.Value, cancellationToken);

    public async Task<bool> AppendAsync(CustomerNumber number, Interaction interaction, CancellationToken cancellationToken)
    {
        if (!await ExistsAsync(number, cancellationToken)) return false;
        db.Interactions.Add(ToRecord(number, interaction));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private static InteractionRecord ToRecord(CustomerNumber customer, Interaction i) => new()
    {
        Id = i.Id, CustomerNumber = customer.Value, Kind = i.Kind.ToString(), At = i.At, AtMs = i.At.ToUnixTimeMilliseconds(), By = i.By,
        Summary = i.Summary, Reference = i.Reference, FamilyId = i.FamilyId, Value = i.Value, Currency = i.Currency,
    };

    private static Interaction ToInteraction(InteractionRecord i) =>
        new(i.Id, Enum.Parse<InteractionKind>(i.Kind), i.At, i.By, i.Summary, i.Reference, i.FamilyId, i.Value, i.Currency);

    /// <summary>Copies the customer's fields to its row and adds the interactions not stored yet.</summary>
    private void Apply(Customer customer, CustomerRecord record, HashSet<Guid> persisted)
    {
        var a = customer.Address;
        var k = customer.KeyAccount;
        record.Name = customer.Name;
        record.Email = customer.Email;
        record.AddressJson = JsonSerializer.Serialize(new AddressDocument(a.Street, a.City, a.PostalCode, a.Country), Json);
        record.ContactsJson = JsonSerializer.Serialize(customer.Contacts, Json);
        record.KeyAccountJson = k is null ? null : JsonSerializer.Serialize(new KeyAccountDocument(k.Industry, k.Parent?.Value, k.Affiliation, k.Employees,
            k.CustomerType, k.CustomerCode, k.AccountManager, k.TechnicalSupportOwner, k.Stage), Json);
        record.IsKeyAccount = k is not null;
        record.AccountManager = k?.AccountManager;
        record.Version++;
        foreach (var i in customer.Timeline.Where(i => !persisted.Contains(i.Id)))
        {
            db.Interactions.Add(ToRecord(customer.Number, i));
        }
    }
}
