using Configurator.Crm;
using Configurator.Crm.Customers;

namespace Configurator.Tests.Crm.Customers;

public class CustomerTests
{
    private static readonly DateTimeOffset Day1 = new(2026, 10, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly PostalAddress Berlin = new("Hauptstrasse 1", "Berlin", "10115", "DE");

    private static Customer Business() => Customer.Register(new CustomerNumber("C-2000"), CustomerKind.Business, "Contoso GmbH", null, Berlin, Day1);

    private static KeyAccountProfile Profile(FunnelStage stage) =>
        new("Manufacturing", null, "Contoso Group", 1200, "OEM", "KA-17", "sales:anna", "support:li", stage);

    private static Interaction Order(DateTimeOffset at, string family, decimal value) =>
        new(Guid.NewGuid(), InteractionKind.OrderPlaced, at, "job:orders", "Order placed", "CO-261001-AAAAAAAA", family, value, "EUR");

    [Fact]
    public void InteractionsEnteredLateSlotIntoTimeOrder()
    {
        var customer = Business();
        var call = new Interaction(Guid.NewGuid(), InteractionKind.Call, Day1.AddDays(2), "sales:anna", "Discussed the rollout");
        var complaint = new Interaction(Guid.NewGuid(), InteractionKind.Complaint, Day1.AddDays(1), "service:bo", "Late delivery");

        customer.Record(call);
        customer.Record(complaint);

        customer.Timeline.ShouldBe([complaint, call]);
    }

    [Fact]
    public void PurchaseHistoryIsPerFamilyAndCurrencyLargestFirst()
    {
        var customer = Business();
        customer.Record(Order(Day1, "business-laptop", 3000m));
        customer.Record(Order(Day1.AddDays(30), "business-laptop", 4500m));
        customer.Record(Order(Day1.AddDays(10), "rack-server", 9000m));
        customer.Record(new Interaction(Guid.NewGuid(), InteractionKind.QuoteGiven, Day1, "sales:anna", "Quote", null, "rack-server", 50_000m, "EUR"));

        customer.PurchasesByFamily().ShouldBe(
        [
            new PurchaseTotal("rack-server", 1, 9000m, "EUR", Day1.AddDays(10)),
            new PurchaseTotal("business-laptop", 2, 7500m, "EUR", Day1.AddDays(30)),
        ]);
    }

    [Fact]
    public void BusinessBecomesKeyAccountAndFunnelMovesAreTracked()
    {
        var customer = Business();

        customer.TrackAsKeyAccount(Profile(FunnelStage.Qualified), "sales:anna", Day1);
        customer.TrackAsKeyAccount(Profile(FunnelStage.Qualified) with { Employees = 1300 }, "sales:anna", Day1.AddDays(1));
        customer.TrackAsKeyAccount(Profile(FunnelStage.Proposal), "sales:anna", Day1.AddDays(2));

        customer.IsKeyAccount.ShouldBeTrue();
        customer.KeyAccount!.Stage.ShouldBe(FunnelStage.Proposal);
        customer.Timeline.Where(i => i.Kind == InteractionKind.FunnelStageChanged).Select(i => i.Summary)
            .ShouldBe(["Funnel stage Qualified", "Funnel stage Proposal"]);
    }

    [Fact]
    public void ConsumersAreNeverKeyAccountsAndHaveOneContact()
    {
        var consumer = Customer.Register(new CustomerNumber("P-1"), CustomerKind.Consumer, "Jo Doe", "jo@example.org", Berlin, Day1);
        consumer.AddContact(new Contact(Guid.NewGuid(), "Jo Doe", "jo@example.org", null, BuyingRole.DecisionMaker));

        Should.Throw<CustomerException>(() => consumer.TrackAsKeyAccount(Profile(FunnelStage.Lead), "sales:anna", Day1));
        Should.Throw<CustomerException>(() => consumer.AddContact(new Contact(Guid.NewGuid(), "Someone Else", null, null, BuyingRole.User)));
        consumer.Contacts.Count.ShouldBe(1);
    }

    [Theory]
    [InlineData("")]
    [InlineData("c-1")]
    [InlineData("C-10000000000")]
    public void MalformedCustomerNumbersAreRefused(string value) => Should.Throw<ArgumentException>(() => new CustomerNumber(value));

    [Fact]
    public void KeyAccountNeedsAnAccountManager() =>
        Should.Throw<ArgumentException>(() => Profile(FunnelStage.Lead) with { AccountManager = " " });

    [Fact]
    public void SecondSatisfactionScoreForAnOrderIsRefusedAndTheFirstStands()
    {
        var customer = Business();
        var first = customer.RateSatisfaction("CO-261001-AAAAAAAA", "rack-server", 4, "Quick delivery", "user:anna", Day1);

        Should.Throw<CustomerException>(() => customer.RateSatisfaction("CO-261001-AAAAAAAA", "rack-server", 1, null, "user:anna", Day1.AddDays(1)));
        customer.RateSatisfaction("CO-261001-BBBBBBBB", "rack-server", 2, null, "user:anna", Day1.AddDays(1));

        customer.Timeline.Where(i => i.Kind == InteractionKind.SatisfactionRated).Select(i => (i.Reference, i.Value))
            .ShouldBe([("CO-261001-AAAAAAAA", 4m), ("CO-261001-BBBBBBBB", 2m)]);
        first.Summary.ShouldBe("Quick delivery");
    }
}
