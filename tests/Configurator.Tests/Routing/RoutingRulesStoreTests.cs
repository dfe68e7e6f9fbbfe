using Configurator.Orders.Routing;
using Configurator.Tests.Support;

namespace Configurator.Tests.Routing;

public class RoutingRulesStoreTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void CurrentThrowsBeforeAnyRulesLoaded()
    {
        var store = new RoutingRulesStore(RulesFolder.Repository, new ManualClock(Start));

        Should.Throw<InvalidOperationException>(() => store.Current);
    }

    [Fact]
    public async Task StoreKeepsTheLastGoodRulesWhenAReloadFails()
    {
        using var rules = new RulesFolder();
        var clock = new ManualClock(Start);
        var store = new RoutingRulesStore(rules.Path, clock);
        (await store.ReloadAsync()).Succeeded.ShouldBeTrue();
        var good = store.Current;

        clock.Advance(TimeSpan.FromMinutes(5));
        rules.Write("routing/order-routing.json", "[ { ");
        (await store.ReloadAsync()).Succeeded.ShouldBeFalse();

        store.Current.ShouldBeSameAs(good);
        store.Status.Errors.ShouldHaveSingleItem().File.ShouldBe("routing/order-routing.json");
        store.Status.LoadedAt.ShouldBe(Start);
        store.Status.LastFailedAt.ShouldBe(Start.AddMinutes(5));
    }

    [Fact]
    public async Task SuccessfulReloadAfterAFailureClearsTheErrors()
    {
        using var rules = new RulesFolder();
        var original = File.ReadAllText(Path.Combine(rules.Path, "routing/order-routing.json"));
        var store = new RoutingRulesStore(rules.Path, new ManualClock(Start));
        rules.Write("routing/order-routing.json", "[]");
        (await store.ReloadAsync()).Succeeded.ShouldBeFalse();
        Should.Throw<InvalidOperationException>(() => store.Current);

        rules.Write("routing/order-routing.json", original);
        (await store.ReloadAsync()).Succeeded.ShouldBeTrue();

        store.Current.ShouldNotBeNull();
        store.Status.Errors.ShouldBeEmpty();
        store.Status.LastFailedAt.ShouldBeNull();
    }
}
