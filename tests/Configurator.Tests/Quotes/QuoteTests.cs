using Configurator.Catalog.Model;
using Configurator.Orders.Quotes;

namespace Configurator.Tests.Quotes;

public class QuoteTests
{
    private static readonly DateTimeOffset IssuedAt = new(2026, 12, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly ModelVersion Version = new(new string('a', 64));

    private static QuoteTerms Terms(int revision = 1, decimal list = 1000m, decimal rep = 5m, DateOnly? validUntil = null, ModelVersion? version = null,
        DateTimeOffset? at = null) =>
        new(revision, version ?? Version, ["cpu-a"], ["psu-b"], new SelectionContext("NA", DateOnly.FromDateTime(IssuedAt.UtcDateTime), 2, "enterprise"),
            new QuotePrice(new Money(list, "USD"), 2, 10m, 0m, rep), 12, validUntil ?? new DateOnly(2026, 12, 31), at ?? IssuedAt);

    private static Quote Issue(decimal authority = 10m, QuoteTerms? terms = null) =>
        Quote.Issue(Guid.NewGuid(), QuoteNumber.New(IssuedAt), "K-1", Guid.NewGuid(), "rack-server", "Rack server", authority, terms ?? Terms(),
            "user:rep", "first offer");

    [Fact]
    public void RepDiscountAboveAuthorityNeedsApproval()
    {
        Issue(authority: 10m, Terms(rep: 12m)).ExceedsRepAuthority.ShouldBeTrue();
        Issue(authority: 10m, Terms(rep: 10m)).ExceedsRepAuthority.ShouldBeFalse();
    }

    [Fact]
    public void QuoteHoldsThroughItsLastDayAndExpiresTheDayAfter()
    {
        var quote = Issue();

        quote.IsExpiredOn(new DateOnly(2026, 12, 31)).ShouldBeFalse();
        quote.IsExpiredOn(new DateOnly(2027, 1, 1)).ShouldBeTrue();
        quote.NeedsRepricing(Version, new DateOnly(2026, 12, 31)).ShouldBeFalse();
        quote.NeedsRepricing(new ModelVersion(new string('b', 64)), new DateOnly(2026, 12, 2)).ShouldBeTrue();
    }

    [Fact]
    public void AcceptingAnExpiredQuoteIsRefused()
    {
        var quote = Issue();

        Should.Throw<QuoteException>(() => quote.Accept(Guid.NewGuid(), "CO-270101-ABCDEFGH", "user:rep", new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero)));
        quote.State.ShouldBe(QuoteState.Open);
    }

    [Fact]
    public void AcceptedQuoteRecordsItsOrderAndCannotBeWithdrawn()
    {
        var quote = Issue();
        var order = Guid.NewGuid();

        quote.Accept(order, "CO-261203-ABCDEFGH", "user:rep", IssuedAt.AddDays(1));

        quote.State.ShouldBe(QuoteState.Accepted);
        quote.OrderId.ShouldBe(order);
        Should.Throw<QuoteException>(() => quote.Withdraw("user:rep", null, IssuedAt.AddDays(2)));
        quote.History.Select(h => h.What).ShouldBe(["Issued", "Accepted: order CO-261203-ABCDEFGH"]);
    }

    [Fact]
    public void RepricingMovesToTheNextRevisionWithItsChanges()
    {
        var quote = Issue();
        var later = IssuedAt.AddDays(40);
        var next = Terms(revision: 2, list: 1100m, validUntil: new DateOnly(2027, 2, 10), version: new ModelVersion(new string('c', 64)), at: later);
        var changes = QuoteChanges.Between(quote.Terms, next, DateOnly.FromDateTime(later.UtcDateTime));

        quote.Reprice(next, changes, "user:rep");

        quote.Terms.Revision.ShouldBe(2);
        changes.Select(c => c.Field).ShouldBe(["validUntil", "modelVersion", "listUnitPrice", "netUnitPrice", "total"]);
        changes[0].Before.ShouldBe("2026-12-31 (expired)");
        changes[2].ShouldBe(new QuoteChange("listUnitPrice", "1000.00 USD", "1100.00 USD"));
        quote.History[^1].Changes.ShouldBe(changes);
    }

    [Fact]
    public void RepricingKeepsTheRepsDiscountAndTheRevisionOrder()
    {
        var quote = Issue();

        Should.Throw<ArgumentException>(() => quote.Reprice(Terms(revision: 2, rep: 20m), [], "user:rep"));
        Should.Throw<ArgumentException>(() => quote.Reprice(Terms(revision: 3), [], "user:rep"));
        quote.Terms.Revision.ShouldBe(1);
    }

    [Fact]
    public void WithdrawnQuoteCannotBeAcceptedOrRepriced()
    {
        var quote = Issue();
        quote.Withdraw("user:rep", "lost to a competitor", IssuedAt.AddHours(1));

        Should.Throw<QuoteException>(() => quote.Accept(Guid.NewGuid(), "CO-261203-ABCDEFGH", "user:rep", IssuedAt.AddHours(2)));
        Should.Throw<QuoteException>(() => quote.Reprice(Terms(revision: 2), [], "user:rep"));
    }

    [Fact]
    public void QuoteNumbersCarryTheIssueDate()
    {
        var number = QuoteNumber.New(IssuedAt);

        number.Value.ShouldStartWith("QT-261202-");
        QuoteNumber.IsWellFormed(number.Value).ShouldBeTrue();
        QuoteNumber.IsWellFormed(number.Value.Replace("QT-", "CO-")).ShouldBeFalse();
    }
}
