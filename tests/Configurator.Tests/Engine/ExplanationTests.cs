using Configurator.Catalog.Engine;
using Configurator.Tests.Support;

namespace Configurator.Tests.Engine;

public class ExplanationTests
{
    private static TestFamily Laptop() => new TestFamily()
        .Single("chassis", true, new("thin") { Name = "Thin chassis" }, new("rugged") { Name = "Rugged chassis" })
        .Single("battery", true, new("small-battery") { Name = "3-cell battery" }, new("big-battery") { Name = "6-cell battery" })
        .Single("keyboard", true, new("kb-us") { Name = "US keyboard" }, new("kb-cn") { Name = "Chinese keyboard", Regions = ["CN"] })
        .Multi("wireless", false, 0, 1, new TestOption("wwan") { Name = "5G modem" })
        .Excludes("thin", "big-battery")
        .Requires("wwan", "rugged");

    [Fact]
    public void ExcludedOptionNamesTheRuleAndThePickBehindIt()
    {
        var result = Laptop().Compile().Configure(Contexts.Na(), "thin");

        var state = result.State("big-battery");
        state.Availability.ShouldBe(OptionAvailability.Excluded);
        state.Reasons.ShouldHaveSingleItem().Message.ShouldBe("Thin chassis cannot be combined with 6-cell battery.");
        state.Reasons[0].Because.ShouldBe(["thin"]);
    }

    [Fact]
    public void OptionNotSoldInTheRegionSaysSo()
    {
        var state = Laptop().Compile().Configure(Contexts.Na()).State("kb-cn");

        state.Availability.ShouldBe(OptionAvailability.Excluded);
        state.Reasons.ShouldHaveSingleItem().Message.ShouldBe("Chinese keyboard is not sold in region NA.");
    }

    [Fact]
    public void OtherChoiceInASingleGroupIsOfferedAsAReplacement()
    {
        var state = Laptop().Compile().Configure(Contexts.Na(), "thin").State("rugged");

        state.Availability.ShouldBe(OptionAvailability.Selectable);
        state.Replaces.ShouldBe("thin");
    }

    [Fact]
    public void ImpliedOptionIsListedWithTheRuleThatForcesIt()
    {
        var result = Laptop().Compile().Configure(Contexts.Na(), "wwan");

        result.Implied.ShouldBe(["rugged", "kb-us"], ignoreOrder: true);
        result.State("rugged").Reasons.ShouldContain(r => r.Message == "5G modem requires Rugged chassis." && r.Because.Contains("wwan"));
    }

    [Fact]
    public void PickThatContradictsEarlierPicksIsReportedAndNotApplied()
    {
        var result = Laptop().Compile().Configure(Contexts.Na(), "thin", "wwan");

        result.Selected.ShouldBe(["thin"]);
        var conflict = result.Conflicts.ShouldHaveSingleItem();
        conflict.OptionId.ShouldBe("wwan");
        conflict.Reasons.ShouldContain(r => r.Message == "5G modem requires Rugged chassis.");
    }

    [Fact]
    public void RequiredGroupsWithoutPicksAreListedAsStillRequired()
    {
        var result = Laptop().Compile().Configure(Contexts.Na());

        result.StillRequired.Select(r => r.GroupId).ShouldBe(["chassis", "battery"]);
        result.IsComplete.ShouldBeFalse();
        result.Implied.ShouldBe(["kb-us"]);
    }

    [Fact]
    public void ImpliedOptionsFillTheirGroupsAndCanCompleteAConfiguration()
    {
        var result = Laptop().Compile().Configure(Contexts.Na(), "thin");

        result.Implied.ShouldBe(["small-battery", "kb-us"], ignoreOrder: true);
        result.StillRequired.ShouldBeEmpty();
        result.IsComplete.ShouldBeTrue();
    }

    [Fact]
    public void QuantityAboveAnOptionsLimitExcludesIt()
    {
        var family = Laptop().QuantityLimit("wwan", 5).Compile();

        family.Configure(Contexts.Na(quantity: 5)).State("wwan").Availability.ShouldBe(OptionAvailability.Selectable);
        var state = family.Configure(Contexts.Na(quantity: 6)).State("wwan");
        state.Availability.ShouldBe(OptionAvailability.Excluded);
        state.Reasons.ShouldHaveSingleItem().Message.ShouldBe("5G modem is limited to 5 units per order.");
    }
}
