using Configurator.Catalog.Configurations;
using Configurator.Catalog.Engine;
using Configurator.Catalog.Loading;
using Configurator.Catalog.Model;
using Configurator.Crm;
using Configurator.Crm.Analysis;
using Configurator.Crm.Customers;
using Configurator.Crm.Preferences;
using Configurator.Data;
using Configurator.Orders.Model;
using Configurator.Orders.Quotes;
using Configurator.Web.DataGeneration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Configurator.IntegrationTests.DataGeneration;

/// <summary>What `generate-data` leaves in a fresh database, read back through the app's own services.</summary>
public class DataGeneratorTests(GeneratedDataFixture generated) : IClassFixture<GeneratedDataFixture>
{
    private IServiceProvider Services => generated.App.Services;

    [Fact]
    public async Task MakesTheRequestedNumberOfCustomersWithConsumersBusinessesAndKeyAccounts()
    {
        await using var scope = Services.CreateAsyncScope();
        var repository = scope.ServiceProvider.GetRequiredService<ICustomerRepository>();
        (await repository.CountAsync(CancellationToken.None)).ShouldBe(GeneratedDataFixture.Customers);
        var customers = await LoadAsync(repository, generated.Summary.Customers);

        customers.Count(c => c.Kind == CustomerKind.Consumer).ShouldBeGreaterThan(0);
        customers.Count(c => c is { Kind: CustomerKind.Business, IsKeyAccount: false }).ShouldBeGreaterThan(0);
        customers.Count(c => c.IsKeyAccount).ShouldBeGreaterThan(0);
        generated.Output.ShouldMatch($@"customers\s+{GeneratedDataFixture.Customers}\s");
    }

    [Fact]
    public async Task BusinessesHaveADecisionUnitAndKeyAccountsTheirProfile()
    {
        await using var scope = Services.CreateAsyncScope();
        var customers = await LoadAsync(scope.ServiceProvider.GetRequiredService<ICustomerRepository>(), generated.Summary.Customers);

        foreach (var business in customers.Where(c => c.Kind == CustomerKind.Business))
        {
            business.Contacts.ShouldContain(c => c.Role == BuyingRole.DecisionMaker, business.Number.Value);
            business.Contacts.ShouldContain(c => c.Role == BuyingRole.Purchaser, business.Number.Value);
        }
        foreach (var consumer in customers.Where(c => c.Kind == CustomerKind.Consumer))
            consumer.Contacts.Count.ShouldBe(1, consumer.Number.Value);
        foreach (var account in customers.Where(c => c.IsKeyAccount).Select(c => c.KeyAccount!))
        {
            account.Industry.ShouldNotBeNullOrWhiteSpace();
            account.Employees.ShouldBeGreaterThan(0);
            account.TechnicalSupportOwner.ShouldNotBeNullOrWhiteSpace();
        }
        customers.Where(c => c.IsKeyAccount).ShouldAllBe(c => c.Timeline.Any(i => i.Kind == InteractionKind.FunnelStageChanged));
    }

    [Fact]
    public async Task EverySavedConfigurationIsCompleteAndConflictFreeUnderTheCurrentModel()
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ConfiguratorDbContext>();
        var ids = await db.Configurations.Select(c => c.Id).ToListAsync();
        ids.ShouldBe(generated.Summary.Configurations, ignoreOrder: true);
        ids.Count.ShouldBeGreaterThan(generated.Summary.OrderedConfigurations - 1);

        var model = Services.GetRequiredService<ProductModelStore>().Current;
        var engine = Services.GetRequiredService<ConfigurationEngine>();
        var configurations = scope.ServiceProvider.GetRequiredService<IConfigurationRepository>();
        foreach (var id in ids)
        {
            var saved = (await configurations.FindAsync(id, CancellationToken.None))!;
            saved.ModelVersion.ShouldBe(model.Version);
            model.TryGetFamily(saved.FamilyId, out var family).ShouldBeTrue();
            var answer = engine.Configure(model, family, new ConfigurationRequest(saved.Picks, saved.Context));
            answer.Conflicts.ShouldBeEmpty($"{id}: {string.Join(", ", saved.Picks)}");
            answer.IsComplete.ShouldBeTrue($"{id} is not complete");
            answer.IsOrderable.ShouldBeTrue($"{id} is not orderable");
        }
    }

    [Fact]
    public async Task OrdersSpreadOverTheQuartersAndHistoricalOnesAreShipped()
    {
        await using var scope = Services.CreateAsyncScope();
        var orders = await scope.ServiceProvider.GetRequiredService<IOrderRepository>().ListAsync(Enum.GetValues<OrderState>(), 500, CancellationToken.None);
        orders.Select(o => o.Id).ShouldBe(generated.Summary.Orders, ignoreOrder: true);

        var quarters = orders.Select(o => Quarter.From(DateOnly.FromDateTime(o.PlacedAt.UtcDateTime))).Distinct().ToList();
        quarters.Count.ShouldBeGreaterThanOrEqualTo(3);
        quarters.ShouldAllBe(q => generated.Summary.Window.Contains(q));
        var historical = orders.Where(o => o.PlacedAt < DateTimeOffset.UtcNow - DataGenerator.Recent).ToList();
        historical.Count.ShouldBeGreaterThan(orders.Count / 2);
        historical.ShouldAllBe(o => o.State == OrderState.Shipped && o.ErpOrderNumber != null);
        orders.Except(historical).ShouldAllBe(o => o.State != OrderState.Shipped);
    }

    [Fact]
    public async Task AShippedOrdersTimelineRunsFromPlacementToShippingInThePast()
    {
        await using var scope = Services.CreateAsyncScope();
        var repository = scope.ServiceProvider.GetRequiredService<IOrderRepository>();
        var shipped = (await repository.ListAsync([OrderState.Shipped], 500, CancellationToken.None)).First();
        var order = (await repository.FindAsync(shipped.Id, CancellationToken.None))!;

        order.Timeline.Select(t => t.Event).ShouldContain("ErpAccepted");
        order.Timeline[^1].Event.ShouldBe("ErpShipped");
        order.Timeline.Select(t => t.At).ShouldBeInOrder(SortDirection.Ascending);
        order.Timeline[0].At.ShouldBe(order.PlacedAt);
        order.Timeline[^1].At.ShouldBeLessThan(DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task EveryOrderIsOnItsCustomersTimelineAndFeedsTheirPreferences()
    {
        await using var scope = Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var orders = await services.GetRequiredService<IOrderRepository>().ListAsync(Enum.GetValues<OrderState>(), 500, CancellationToken.None);
        var customers = services.GetRequiredService<ICustomerRepository>();
        var preferences = services.GetRequiredService<IPreferenceEventStore>();
        foreach (var group in orders.GroupBy(o => o.CustomerNumber))
        {
            var number = new CustomerNumber(group.Key);
            var timeline = (await customers.FindAsync(number, CancellationToken.None))!.Timeline;
            foreach (var order in group)
                timeline.ShouldContain(i => i.Kind == InteractionKind.OrderPlaced && i.Reference == order.Number.Value
                    && i.FamilyId == order.FamilyId && i.Value == order.Total && i.At == order.PlacedAt);
            var ordered = (await preferences.ForCustomerAsync(number, CancellationToken.None)).Where(e => e.Kind == PreferenceEventKind.Ordered).ToList();
            ordered.Count(e => e.IsConfigurationLevel).ShouldBe(group.Count());
            ordered.Count(e => !e.IsConfigurationLevel).ShouldBeGreaterThan(group.Count());
        }
    }

    [Fact]
    public async Task RepeatCustomersHaveAUsualConfigurationToStartFrom()
    {
        await using var scope = Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var orders = await services.GetRequiredService<IOrderRepository>().ListAsync(Enum.GetValues<OrderState>(), 500, CancellationToken.None);
        var regular = orders.GroupBy(o => (o.CustomerNumber, o.FamilyId)).OrderByDescending(g => g.Count()).First();
        regular.Count().ShouldBeGreaterThanOrEqualTo(3);

        var number = new CustomerNumber(regular.Key.CustomerNumber);
        var profile = ProfileBuilder.Build(number, await services.GetRequiredService<IPreferenceEventStore>().ForCustomerAsync(number, CancellationToken.None),
            DateTimeOffset.UtcNow);
        // Habits: some option of the family was chosen in most of the customer's orders of it.
        profile.Options.Where(o => o.FamilyId == regular.Key.FamilyId).Max(o => o.TimesOrdered).ShouldBe(regular.Count());
        var usual = services.GetRequiredService<UsualConfigurationBuilder>().Build(Services.GetRequiredService<ProductModelStore>().Current, profile,
            regular.Key.FamilyId, new SelectionContext("NA", DateOnly.FromDateTime(DateTime.UtcNow), 1, "smallBusiness"));
        usual.Problem.ShouldBeNull();
        usual.Picks.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task SatisfactionScoresFollowShippedOrdersOfTheSameCustomer()
    {
        await using var scope = Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var shipped = (await services.GetRequiredService<IOrderRepository>().ListAsync([OrderState.Shipped], 500, CancellationToken.None))
            .ToDictionary(o => o.Number.Value);
        var customers = await LoadAsync(services.GetRequiredService<ICustomerRepository>(), generated.Summary.Customers);
        var scores = customers.SelectMany(c => c.Timeline.Where(i => i.Kind == InteractionKind.SatisfactionRated).Select(i => (Customer: c, Score: i))).ToList();

        scores.ShouldNotBeEmpty();
        foreach (var (customer, score) in scores)
        {
            score.Value.ShouldNotBeNull();
            score.Value!.Value.ShouldBeInRange(1m, 5m);
            shipped.TryGetValue(score.Reference!, out var order).ShouldBeTrue($"{score.Reference} is not a shipped order");
            order!.CustomerNumber.ShouldBe(customer.Number.Value);
            score.FamilyId.ShouldBe(order.FamilyId);
            score.At.ShouldBeGreaterThan(order.PlacedAt);
        }
    }

    [Fact]
    public async Task KeyAccountsHaveBuyingPowerSoRadClassifiesThemForAPastQuarter()
    {
        await using var scope = Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var keyAccounts = await services.GetRequiredService<ICustomerRepository>().KeyAccountsAsync(CancellationToken.None);
        keyAccounts.ShouldNotBeEmpty();
        foreach (var account in keyAccounts)
            (await services.GetRequiredService<IRadRepository>().BuyingPowerAsync(account, RadRun.Currency, CancellationToken.None)).Estimates.ShouldNotBeEmpty();

        var past = Quarter.From(DateOnly.FromDateTime(DateTime.UtcNow)).Previous;
        var snapshots = await services.GetRequiredService<RadRun>().RunAsync(past, CancellationToken.None);
        snapshots.Count.ShouldBe(keyAccounts.Count);
        snapshots.ShouldContain(s => s.Class != RadClass.Unclassified && s.Sales.Amount > 0);
    }

    [Fact]
    public async Task BusinessesBuyThroughQuotesAndAcceptedQuotesOrderedAtTheQuotedPrice()
    {
        await using var scope = Services.CreateAsyncScope();
        var quotes = scope.ServiceProvider.GetRequiredService<IQuoteRepository>();
        var orders = scope.ServiceProvider.GetRequiredService<IOrderRepository>();
        var customers = await LoadAsync(scope.ServiceProvider.GetRequiredService<ICustomerRepository>(), generated.Summary.Customers);
        var all = new List<Quote>();
        foreach (var customer in customers) all.AddRange(await quotes.ListForCustomerAsync(customer.Number.Value, CancellationToken.None));

        all.Count.ShouldBe(generated.Summary.Quotes);
        all.ShouldNotBeEmpty();
        all.ShouldAllBe(q => customers.Single(c => c.Number.Value == q.CustomerNumber).Kind == CustomerKind.Business);
        foreach (var quote in all.Where(q => q.State == QuoteState.Accepted))
        {
            var order = (await orders.FindAsync(quote.OrderId!.Value, CancellationToken.None)).ShouldNotBeNull();
            order.Snapshot.QuoteNumber.ShouldBe(quote.Number.Value);
            order.Snapshot.UnitPrice.ShouldBe(quote.Terms.Price.NetUnitPrice);
            var timeline = customers.Single(c => c.Number.Value == quote.CustomerNumber).Timeline;
            timeline.ShouldContain(i => i.Kind == InteractionKind.QuoteGiven && i.Reference == quote.Number.Value);
            timeline.ShouldContain(i => i.Kind == InteractionKind.QuoteAccepted && i.Reference == quote.Number.Value);
        }
        all.Count(q => q.State == QuoteState.Open).ShouldBe(generated.Summary.LostQuotes);
        var priceLists = scope.ServiceProvider.GetRequiredService<IAccountPriceLists>();
        foreach (var account in customers.Where(c => c.IsKeyAccount))
            (await priceLists.FindAsync(account.Number.Value, CancellationToken.None)).ShouldNotBeNull().DiscountPercent.ShouldBeInRange(4m, 12m);
    }

    private static async Task<List<Customer>> LoadAsync(ICustomerRepository repository, IEnumerable<CustomerNumber> numbers)
    {
        var customers = new List<Customer>();
        foreach (var number in numbers) customers.Add((await repository.FindAsync(number, CancellationToken.None)).ShouldNotBeNull());
        return customers;
    }
}
