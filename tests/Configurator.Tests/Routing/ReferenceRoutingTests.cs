using Configurator.Orders.Routing;
using Configurator.Tests.Support;
using Erp.Abstractions;

namespace Configurator.Tests.Routing;

/// <summary>The shipped rules/routing/order-routing.json decides what docs/routing.md promises.</summary>
public class ReferenceRoutingTests
{
    private const string BusinessCentralCompany = "f0c1d4e2-5a7b-4c3d-9e8f-102030405060";

    private static readonly Lazy<Task<RoutingRules>> Rules = new(async () =>
    {
        var result = await RoutingRulesLoader.LoadAsync(RulesFolder.Repository);
        result.Errors.ShouldBeEmpty();
        return result.Rules!;
    });

    private static async Task<RoutingDecision> Decide(RoutingFacts order)
    {
        var result = (await Rules.Value).Decide(order);
        result.Error.ShouldBeNull();
        return result.Decision.ShouldNotBeNull();
    }

    [Theory]
    [InlineData("business-laptop", "EU", "sap-s4", "1010", "EU-CORK")]
    [InlineData("desktop-workstation", "UK", "sap-s4", "1010", "EU-CORK")]
    [InlineData("business-laptop", "MEA", "sap-s4", "1010", "EU-CORK")]
    [InlineData("rack-server", "EU", "sap-s4", "1010", "EU-LODZ")]
    [InlineData("rack-server", "UK", "sap-s4", "1010", "EU-LODZ")]
    [InlineData("rack-server", "MEA", "sap-s4", "1010", "EU-LODZ")]
    [InlineData("business-laptop", "NA", "business-central", BusinessCentralCompany, "NA-AUSTIN")]
    [InlineData("desktop-workstation", "NA", "business-central", BusinessCentralCompany, "NA-AUSTIN")]
    [InlineData("rack-server", "NA", "business-central", BusinessCentralCompany, "NA-NASHVILLE")]
    [InlineData("business-laptop", "LATAM", "business-central", BusinessCentralCompany, "LATAM-MONTERREY")]
    [InlineData("desktop-workstation", "LATAM", "business-central", BusinessCentralCompany, "LATAM-MONTERREY")]
    [InlineData("rack-server", "LATAM", "business-central", BusinessCentralCompany, "NA-NASHVILLE")]
    [InlineData("business-laptop", "APAC", "sap-s4", "3010", "AP-PENANG")]
    [InlineData("desktop-workstation", "JP", "sap-s4", "3010", "AP-PENANG")]
    [InlineData("rack-server", "APAC", "sap-s4", "3010", "AP-SINGAPORE")]
    [InlineData("rack-server", "JP", "sap-s4", "3010", "AP-SINGAPORE")]
    [InlineData("rack-server", "IN", "sap-s4", "3010", "AP-SINGAPORE")]
    [InlineData("business-laptop", "IN", "sap-s4", "3010", "IN-CHENNAI")]
    [InlineData("desktop-workstation", "IN", "sap-s4", "3010", "IN-CHENNAI")]
    [InlineData("business-laptop", "CN", "sap-s4", "3110", "CN-XIAMEN")]
    [InlineData("rack-server", "CN", "sap-s4", "3110", "CN-XIAMEN")]
    public async Task FamilyAndRegionRouteToTheIntendedErpCompanyAndPlant(string family, string region, string adapter, string company, string plant)
    {
        var decision = await Decide(RoutingOrders.Plain(family, region));

        decision.Target.ShouldBe(new ErpTarget(adapter, company, plant));
    }

    [Fact]
    public async Task EveryFamilyInEveryRegionRoutesWithoutTheCatchAll()
    {
        foreach (var family in new[] { "business-laptop", "desktop-workstation", "rack-server" })
        foreach (var region in Configurator.Catalog.Model.SelectionContext.Regions)
        {
            var decision = await Decide(RoutingOrders.Plain(family, region));
            decision.RulesApplied[0].ShouldNotBe("erp-target/catch-all", $"{family} in {region}");
        }
    }

    [Fact]
    public async Task UnknownRegionFallsToTheCatchAll()
    {
        var decision = await Decide(RoutingOrders.Plain(region: "ANTARCTICA"));

        decision.Target.ShouldBe(new ErpTarget("sap-s4", "1010", "EU-CORK"));
        decision.RulesApplied.ShouldContain("erp-target/catch-all");
    }

    [Fact]
    public async Task PlainOrderNeedsNoApproval()
    {
        var decision = await Decide(RoutingOrders.Plain());

        decision.NeedsApproval.ShouldBeFalse();
        decision.ApprovalReasons.ShouldBeEmpty();
    }

    [Fact]
    public async Task OrderValueOfExactlyFiftyThousandNeedsNoApproval()
    {
        var decision = await Decide(RoutingOrders.Plain() with { OrderValue = 50_000m });

        decision.NeedsApproval.ShouldBeFalse();
    }

    [Fact]
    public async Task OrderValueOneCentAboveFiftyThousandNeedsApproval()
    {
        var decision = await Decide(RoutingOrders.Plain() with { OrderValue = 50_000.01m });

        decision.NeedsApproval.ShouldBeTrue();
        decision.ApprovalReasons.ShouldHaveSingleItem().ShouldContain("50,000");
        decision.RulesApplied.ShouldContain("approval/order-value-above-limit");
    }

    [Fact]
    public async Task DiscountEqualToTheRepsAuthorityNeedsNoApproval()
    {
        var decision = await Decide(RoutingOrders.Plain() with { DiscountPercent = 10m, RepDiscountAuthorityPercent = 10m });

        decision.NeedsApproval.ShouldBeFalse();
    }

    [Fact]
    public async Task DiscountBeyondTheRepsAuthorityNeedsApproval()
    {
        var decision = await Decide(RoutingOrders.Plain() with { DiscountPercent = 10.5m, RepDiscountAuthorityPercent = 10m });

        decision.NeedsApproval.ShouldBeTrue();
        decision.ApprovalReasons.ShouldHaveSingleItem().ShouldContain("discount authority");
    }

    [Fact]
    public async Task CustomerOnCreditHoldNeedsApproval()
    {
        var decision = await Decide(RoutingOrders.Plain() with { CustomerOnCreditHold = true });

        decision.NeedsApproval.ShouldBeTrue();
        decision.ApprovalReasons.ShouldHaveSingleItem().ShouldContain("credit hold");
    }

    [Fact]
    public async Task EveryApprovalCauseGivesItsOwnReason()
    {
        var decision = await Decide(RoutingOrders.Plain() with { OrderValue = 60_000m, DiscountPercent = 25m, CustomerOnCreditHold = true });

        decision.ApprovalReasons.Count.ShouldBe(3);
        decision.RulesApplied.ShouldBe(
            ["erp-target/na-clients", "approval/order-value-above-limit", "approval/discount-beyond-authority", "approval/customer-on-credit-hold"]);
    }

    [Fact]
    public async Task PublicSectorOrderIsHighPriority()
    {
        var decision = await Decide(RoutingOrders.Plain() with { Segment = "publicSector", OrderValue = 500m });

        decision.Priority.ShouldBe(OrderPriority.High);
        decision.RulesApplied.ShouldContain("priority/public-sector");
    }

    [Fact]
    public async Task OrderAboveOneHundredThousandIsHighPriority()
    {
        var decision = await Decide(RoutingOrders.Plain() with { OrderValue = 100_000.01m });

        decision.Priority.ShouldBe(OrderPriority.High);
    }

    [Fact]
    public async Task OrderOfExactlyOneHundredThousandKeepsNormalPriority()
    {
        var decision = await Decide(RoutingOrders.Plain() with { OrderValue = 100_000m });

        decision.Priority.ShouldBe(OrderPriority.Normal);
    }

    [Fact]
    public async Task SmallConsumerOrderIsNormalPriorityEvenWhenCheap()
    {
        var decision = await Decide(RoutingOrders.Plain() with { Segment = "consumer", Quantity = 1, OrderValue = 900m });

        decision.Priority.ShouldBe(OrderPriority.Normal);
        decision.RulesApplied.ShouldContain("priority/consumer-small-order");
    }

    [Fact]
    public async Task LowValueBusinessOrderIsLowPriority()
    {
        var decision = await Decide(RoutingOrders.Plain() with { Segment = "smallBusiness", Quantity = 1, OrderValue = 1_500m });

        decision.Priority.ShouldBe(OrderPriority.Low);
    }

    [Fact]
    public async Task OrderNoPriorityRuleMatchesIsNormalPriority()
    {
        var decision = await Decide(RoutingOrders.Plain());

        decision.Priority.ShouldBe(OrderPriority.Normal);
        decision.RulesApplied.ShouldNotContain(r => r.StartsWith("priority/"));
    }

    [Fact]
    public async Task VersionIsTheSha256OfTheRoutingFiles()
    {
        var rules = await Rules.Value;

        rules.Version.Length.ShouldBe(64);
        rules.Version.ShouldAllBe(c => char.IsAsciiHexDigitLower(c));
    }
}
