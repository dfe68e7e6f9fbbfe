using Configurator.Crm;
using Configurator.Crm.Preferences;
using static Configurator.Crm.Preferences.PreferenceEventKind;

namespace Configurator.Tests.Crm.Preferences;

public class ProfileBuilderTests
{
    [Fact]
    public void RecencyWeightingHalvesAnEventPerHalfLife()
    {
        var profile = new History("C-1")
            .Option(Ordered, "memory", "mem-32gb-6400", daysAgo: 180) // 8 × 0.5^(180/180) = 4
            .Option(Picked, "memory", "mem-32gb-6400", daysAgo: 0)    // 1 × 0.5^0         = 1
            .Option(Quoted, "memory", "mem-32gb-6400", daysAgo: 360)  // 4 × 0.5^2         = 1
            .Option(Removed, "memory", "mem-32gb-6400", daysAgo: 90)  // −1 × 0.5^0.5      = −0.70711
            .Profile();

        // 4 + 1 + 1 − 0.70711 = 5.29289
        profile.WeightOf("business-laptop", "mem-32gb-6400").ShouldBe(5.29289, tolerance: 0.00001);
        profile.Options.Single().TimesOrdered.ShouldBe(1);
    }

    [Fact]
    public void OneOldOrderOutweighsSeveralRecentPicks()
    {
        var profile = new History("C-1")
            .Option(Ordered, "memory", "mem-32gb-6400", daysAgo: 200) // 8 × 0.5^(200/180) = 3.70
            .Option(Picked, "memory", "mem-16gb-6400", daysAgo: 1)
            .Option(Picked, "memory", "mem-16gb-6400", daysAgo: 2)
            .Option(Picked, "memory", "mem-16gb-6400", daysAgo: 3)    // about 2.98 together
            .Profile();

        profile.In("business-laptop", "memory").Select(o => o.OptionId).ShouldBe(["mem-32gb-6400", "mem-16gb-6400"]);
    }

    [Fact]
    public void RemovingAnOptionLowersItsWeight()
    {
        var picked = new History("C-1").Option(Picked, "dock", "dock-wd19s").Option(Picked, "dock", "dock-wd19s");
        var before = picked.Profile().WeightOf("business-laptop", "dock-wd19s");

        var after = picked.Option(Removed, "dock", "dock-wd19s").Profile().WeightOf("business-laptop", "dock-wd19s");

        before.ShouldBe(2, tolerance: 1e-9);
        after.ShouldBe(1, tolerance: 1e-9);
    }

    [Fact]
    public void EventsAfterTheAsOfDateAndOfOtherCustomersAreLeftOut()
    {
        var mine = new History("C-1").Option(Ordered, "memory", "mem-32gb-6400", daysAgo: -10);
        var theirs = new History("C-2").Option(Ordered, "memory", "mem-16gb-6400");

        var profile = ProfileBuilder.Build(mine.Customer, [.. mine.Events, .. theirs.Events], History.AsOf);

        profile.Options.ShouldBeEmpty();
    }

    [Fact]
    public void BudgetBandIsTheQuartilesOfQuotedAndOrderedPrices()
    {
        // Sorted 1000, 1200, 1400, 2000: median at rank 1.5 = 1300, Q1 at 0.75 = 1150, Q3 at 2.25 = 1550.
        // The saved 5000 is a what-if and stays out.
        var profile = new History("C-1")
            .Configuration(Ordered, 10, 1000m)
            .Configuration(Quoted, 20, 2000m)
            .Configuration(Ordered, 30, 1400m)
            .Configuration(Quoted, 40, 1200m)
            .Configuration(Saved, 50, 5000m)
            .Profile();

        profile.BudgetFor("business-laptop").ShouldBe(new BudgetBand("business-laptop", 1150m, 1300m, 1550m, 4));
    }

    [Fact]
    public void LeadTimeSensitivityCountsOrdersFasterThanWhatTheCustomerConsidered()
    {
        // Lead times considered: 5, 10, 10, 20, 30 → median 10. Orders at 5 (faster) and 10 (not).
        var profile = new History("C-1")
            .Configuration(Ordered, 1, 1000m, leadTimeDays: 5)
            .Configuration(Ordered, 2, 1000m, leadTimeDays: 10)
            .Configuration(Quoted, 3, 1000m, leadTimeDays: 10)
            .Configuration(Quoted, 4, 1000m, leadTimeDays: 20)
            .Configuration(Saved, 5, 1000m, leadTimeDays: 30)
            .Profile();

        profile.LeadTime.ShouldBe(new LeadTimeSensitivity(2, 1));
        profile.LeadTime.Share.ShouldBe(0.5);
    }

    [Fact]
    public void DiscountAsksAreCountedAndAveraged()
    {
        var profile = new History("C-1")
            .Configuration(Quoted, 1, 1000m, discount: 5m)
            .Configuration(Quoted, 2, 1000m, discount: 10m)
            .Configuration(Ordered, 3, 1000m)
            .Profile();

        profile.Discounts.ShouldBe(new DiscountAsks(2, 7.5m));
    }

    [Fact]
    public void FamiliesAreWeighedByTheirConfigurations()
    {
        var laptop = new History("C-1").Configuration(Ordered, 0, 1000m);
        var workstation = new History("C-1", "desktop-workstation").Configuration(Saved, 0, 3000m);

        var profile = ProfileBuilder.Build(laptop.Customer, [.. laptop.Events, .. workstation.Events], History.AsOf);

        profile.Families.ShouldBe([new FamilyPreference("business-laptop", 8), new FamilyPreference("desktop-workstation", 2)]);
    }

    [Fact]
    public void DefaultWeightsFollowTheFunnel()
    {
        var weights = ProfileWeights.Default;

        (weights.Picked, weights.Saved, weights.Quoted, weights.Ordered, weights.Removed).ShouldBe((1d, 2d, 4d, 8d, -1d));
        weights.HalfLifeDays.ShouldBe(180);
        weights.MultiSelectThreshold.ShouldBe(2);
    }

    [Fact]
    public void WeightsOutOfFunnelOrderAreRejected()
    {
        Should.Throw<ArgumentException>(() => new ProfileWeights(quoted: 10, ordered: 8));
        Should.Throw<ArgumentException>(() => new ProfileWeights(removed: 1));
        Should.Throw<ArgumentException>(() => new ProfileWeights(halfLifeDays: 0));
    }

    [Fact]
    public void APickWithoutAnOptionIsRejected()
    {
        Should.Throw<ArgumentException>(() =>
            new PreferenceEvent(new CustomerNumber("C-1"), "business-laptop", null, null, Picked, History.AsOf));
    }
}
