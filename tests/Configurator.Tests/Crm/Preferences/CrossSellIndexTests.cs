using Configurator.Crm;
using Configurator.Crm.Preferences;

namespace Configurator.Tests.Crm.Preferences;

public class CrossSellIndexTests
{
    private static readonly CustomerNumber Anna = new("C-1"), Ben = new("C-2"), Cleo = new("C-3");

    [Fact]
    public void PairsCountDistinctCustomersNotOrders()
    {
        var index = CrossSellIndex.Build("laptop",
        [
            new OrderedConfiguration(Anna, "laptop", ["mem-32", "dock"]),
            new OrderedConfiguration(Anna, "laptop", ["mem-32", "dock"]),
            new OrderedConfiguration(Ben, "laptop", ["mem-32", "dock", "arm"]),
            new OrderedConfiguration(Cleo, "desktop", ["mem-32", "dock"]),
        ]);

        index.OrderedWith("mem-32").ToDictionary(p => p.OptionId, p => p.Customers).ShouldBe(new Dictionary<string, int> { ["dock"] = 2, ["arm"] = 1 });
        index.OrderedBy(Ben).ShouldBe(["mem-32", "dock", "arm"], ignoreOrder: true);
        index.OrderedBy(Cleo).ShouldBeEmpty();
        index.OrderedWith("unknown").ShouldBeEmpty();
    }
}
