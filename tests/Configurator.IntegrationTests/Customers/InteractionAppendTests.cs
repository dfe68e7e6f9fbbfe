using Configurator.Crm;
using Configurator.Crm.Customers;
using Configurator.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Configurator.IntegrationTests.Customers;

/// <summary>System-recorded interactions are appended without loading the customer, and read back in time order.</summary>
public class InteractionAppendTests
{
    [Theory]
    [InlineData(Database.Sqlite)]
    [InlineData(Database.PostgreSql)]
    public async Task AppendedInteractionSlotsIntoTheTimelineByTimeAndUnknownCustomersGetNone(Database database)
    {
        await using var app = await RunningApp.StartAsync(database);
        await using var scope = app.Services.CreateAsyncScope();
        var customers = scope.ServiceProvider.GetRequiredService<ICustomerRepository>();
        var number = new CustomerNumber("C-7700");
        var start = new DateTimeOffset(2026, 10, 1, 9, 0, 0, TimeSpan.Zero);
        var customer = Customer.Register(number, CustomerKind.Business, "Tailspin Toys", null, new PostalAddress("3 Mill Lane", "Leeds", "LS1 4AP", "GB"), start);
        customer.Record(new Interaction(Guid.NewGuid(), InteractionKind.Call, start.AddDays(1), "user:rep", "First call"));
        customer.Record(new Interaction(Guid.NewGuid(), InteractionKind.Visit, start.AddDays(3), "user:rep", "Site visit"));
        (await customers.TryAddAsync(customer, CancellationToken.None)).ShouldBeTrue();

        var appended = await customers.AppendAsync(number,
            new Interaction(Guid.NewGuid(), InteractionKind.QuoteGiven, start.AddDays(2), "user:rep", "Quote QT-261003-ABCDEFGH", "QT-261003-ABCDEFGH"),
            CancellationToken.None);
        var unknown = await customers.AppendAsync(new CustomerNumber("C-7799"),
            new Interaction(Guid.NewGuid(), InteractionKind.OrderPlaced, start, "user:web", "Order"), CancellationToken.None);

        appended.ShouldBeTrue();
        unknown.ShouldBeFalse();
        var timeline = (await customers.FindAsync(number, CancellationToken.None)).ShouldNotBeNull().Timeline;
        timeline.Select(i => i.Kind).ShouldBe([InteractionKind.Call, InteractionKind.QuoteGiven, InteractionKind.Visit]);
        (await customers.FindAsync(new CustomerNumber("C-7799"), CancellationToken.None)).ShouldBeNull();
    }
}
