using Configurator.Catalog.Pricing;
using Configurator.Crm.Preferences;
using Configurator.Tests.Support;
using static Configurator.Crm.Preferences.PreferenceEventKind;

namespace Configurator.Tests.Crm.Preferences;

public class UsualConfigurationTests
{
    private const string Laptop = "business-laptop";
    private const string ThirtyTwoGb = "mem-32gb-6400";

    private static readonly UsualConfigurationBuilder Builder = new(ListPriceCalculator.Instance);

    private static History OrderedThirtyTwoGbThreeTimes() => new History("C-32")
        .Configuration(Ordered, 300, 1800m, options: [("memory", ThirtyTwoGb), ("cpu", "cpu-ultra5-135u")])
        .Configuration(Ordered, 120, 1800m, options: [("memory", ThirtyTwoGb), ("cpu", "cpu-ultra5-135u")])
        .Configuration(Ordered, 30, 1800m, options: [("memory", ThirtyTwoGb), ("cpu", "cpu-ultra5-135u")])
        .Option(Picked, "memory", "mem-16gb-6400", daysAgo: 2);

    [Fact]
    public async Task ACustomerWhoOrdered32GbThreeTimesStartsWith32Gb()
    {
        var model = await ReferenceModel.Current;

        var usual = Builder.Build(model, OrderedThirtyTwoGbThreeTimes().Profile(), Laptop, Contexts.Na());

        usual.IsComplete.ShouldBeTrue();
        usual.Picks.ShouldContain(ThirtyTwoGb);
        usual.Picks.ShouldContain("cpu-ultra5-135u");
        usual.Picks.ShouldNotContain("mem-16gb-6400");
        usual.Repairs.ShouldAllBe(r => r.Kind == RepairKind.Added);
    }

    [Fact]
    public async Task When32GbIsWithdrawnTheUsualIsRepairedAndSaysWhy()
    {
        var model = await ReferenceModel.Without("catalog/business-laptop.json", ThirtyTwoGb);

        var usual = Builder.Build(model, OrderedThirtyTwoGbThreeTimes().Profile(), Laptop, Contexts.Na());

        usual.IsComplete.ShouldBeTrue();
        usual.Picks.ShouldNotContain(ThirtyTwoGb);
        var repair = usual.Repairs.Single(r => r.OptionId == ThirtyTwoGb);
        repair.Kind.ShouldBe(RepairKind.Replaced);
        repair.Reason.ShouldStartWith($"{ThirtyTwoGb} was {UsualConfigurationBuilder.WithdrawnFromModel}.");
        // The gap is filled by the cheapest memory that fits, not by the customer's passing pick.
        repair.ReplacementId.ShouldBe("mem-16gb-6400");
        usual.Picks.ShouldContain("mem-16gb-6400");
    }

    [Fact]
    public async Task AConflictKeepsTheMoreUsualPickAndNamesTheRule()
    {
        // 32 GB ordered three times outweighs the 125U ordered once; rule 125u-memory keeps them apart.
        var profile = new History("C-9")
            .Option(Ordered, "memory", ThirtyTwoGb, daysAgo: 10)
            .Option(Ordered, "memory", ThirtyTwoGb, daysAgo: 20)
            .Option(Ordered, "memory", ThirtyTwoGb, daysAgo: 30)
            .Option(Ordered, "cpu", "cpu-ultra5-125u", daysAgo: 10)
            .Profile();

        var usual = Builder.Build(await ReferenceModel.Current, profile, Laptop, Contexts.Na());

        usual.Picks.ShouldContain(ThirtyTwoGb);
        usual.Picks.ShouldNotContain("cpu-ultra5-125u");
        var repair = usual.Repairs.Single(r => r.OptionId == "cpu-ultra5-125u");
        repair.Kind.ShouldBe(RepairKind.Replaced);
        repair.Reason.ShouldContain("dropped by rule 125u-memory against the more usual 32 GB");
        repair.ReplacementId.ShouldBe("cpu-ultra5-135u"); // cheapest processor that takes 32 GB
    }

    [Fact]
    public async Task AnOptionPastItsEffectiveDateIsReplacedWithTheEnginesReason()
    {
        // The Core Ultra 5 135H is sold until 2027-06-30; the customer configures in September 2027.
        var profile = new History("C-7").Option(Ordered, "cpu", "cpu-ultra5-135h").Profile();
        var september = new Configurator.Catalog.Model.SelectionContext("NA", new DateOnly(2027, 9, 1), 1, "enterprise");

        var usual = Builder.Build(await ReferenceModel.Current, profile, Laptop, september);

        usual.IsComplete.ShouldBeTrue();
        var repair = usual.Repairs.Single(r => r.OptionId == "cpu-ultra5-135h");
        repair.Kind.ShouldBe(RepairKind.Replaced);
        repair.Reason.ShouldContain("rule effective-date");
        repair.Reason.ShouldContain("withdrawn on 2027-06-30");
    }

    [Fact]
    public async Task MultiSelectGroupsTakeEveryOptionOverTheThreshold()
    {
        // Fingerprint reader ordered (8), NFC only picked once (1, under the threshold of 2).
        var profile = new History("C-5")
            .Option(Ordered, "security", "sec-fpr")
            .Option(Saved, "security", "sec-controlvault")
            .Option(Picked, "security", "sec-nfc")
            .Profile();

        var usual = Builder.Build(await ReferenceModel.Current, profile, Laptop, Contexts.Na());

        usual.Picks.ShouldContain("sec-fpr");
        usual.Picks.ShouldContain("sec-controlvault");
        usual.Picks.ShouldNotContain("sec-nfc");
    }

    [Fact]
    public async Task GroupsWithoutAHabitAreFilledAtTheLowestPrice()
    {
        var profile = new History("C-5").Option(Ordered, "memory", ThirtyTwoGb).Profile();

        var usual = Builder.Build(await ReferenceModel.Current, profile, Laptop, Contexts.Na());

        var storage = usual.Repairs.Single(r => r.OptionId == "ssd-256-c25");
        storage.Kind.ShouldBe(RepairKind.Added);
        storage.Reason.ShouldContain("cheapest");
    }

    [Fact]
    public async Task AFamilyTheModelNoLongerHasIsReportedNotThrown()
    {
        var profile = new History("C-5", "tablet").Option(Ordered, "memory", "mem-8gb").Profile();

        var usual = Builder.Build(await ReferenceModel.Current, profile, "tablet", Contexts.Na());

        usual.IsComplete.ShouldBeFalse();
        usual.Problem.ShouldNotBeNull().ShouldContain("tablet");
    }
}
