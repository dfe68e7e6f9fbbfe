using Configurator.Catalog.Model;
using Configurator.Crm;
using Configurator.Crm.Preferences;
using Configurator.Tests.Support;
using static Configurator.Crm.Preferences.PreferenceEventKind;

namespace Configurator.Tests.Crm.Preferences;

public class RecommendationTests
{
    private const string Laptop = "business-laptop";

    private static async Task<ProductFamily> LaptopFamily()
    {
        (await ReferenceModel.Current).TryGetFamily(Laptop, out var family).ShouldBeTrue();
        return family.Family;
    }

    private static OrderedConfiguration Order(string customer, params string[] options) => new(new CustomerNumber(customer), Laptop, options);

    [Fact]
    public async Task UpSellOffersTheNextTierAboveTheUsualWarranty()
    {
        // 3 Years Basic ($149) is usual; the next dearer warranty is 3 Years ProSupport ($219): +$70.00.
        var profile = new History("C-1").Option(Ordered, "warranty", "war-3y-basic").Profile();

        var upSell = UpSell.For(profile, await LaptopFamily(), Contexts.Na()).Single();

        upSell.OptionId.ShouldBe("war-3y-ps");
        upSell.BecauseOptionId.ShouldBe("war-3y-basic");
        upSell.PriceDifference.ShouldBe(70m);
        upSell.Reason.ShouldBe("You usually choose 3 Years Basic Onsite Service after remote diagnosis; "
            + "3 Years ProSupport with Next Business Day Onsite Service is the next tier for +$70.00");
    }

    [Fact]
    public async Task UpSellFollowsTheHeavierOfTwoHabits()
    {
        // 16 GB 7467 picked once (1) loses to 32 GB 6400 ordered (8): the next tier is 32 GB 7467, +$50.00.
        var profile = new History("C-1")
            .Option(Picked, "memory", "mem-16gb-7467")
            .Option(Ordered, "memory", "mem-32gb-6400")
            .Profile();

        var upSell = UpSell.For(profile, await LaptopFamily(), Contexts.Na()).Single();

        upSell.OptionId.ShouldBe("mem-32gb-7467");
        upSell.PriceDifference.ShouldBe(50m);
    }

    [Fact]
    public async Task TheTopTierHasNoUpSell()
    {
        var profile = new History("C-1").Option(Ordered, "warranty", "war-5y-psp").Profile();

        UpSell.For(profile, await LaptopFamily(), Contexts.Na()).ShouldBeEmpty();
    }

    [Fact]
    public async Task CrossSellCountsCustomersWhoOrderTheSameOptionAlongside()
    {
        var profile = new History("C-1").Option(Ordered, "dock", "dock-wd22tb4").Option(Ordered, "accessories", "acc-ms7421w").Profile();
        var orders = new[]
        {
            Order("C-2", "dock-wd22tb4", "acc-msa20", "acc-ms7421w"),
            Order("C-3", "dock-wd22tb4", "acc-msa20"),
            Order("C-3", "dock-wd22tb4", "acc-msa20"),   // the same customer twice counts once
            Order("C-4", "dock-wd22tb4", "acc-msa20", "acc-backpack"),
            Order("C-5", "dock-ud22", "acc-backpack"),   // does not share the customer's options
            Order("C-6", "acc-backpack"),
        };

        var crossSells = CrossSell.For(profile, await LaptopFamily(), orders);

        var arm = crossSells.ShouldHaveSingleItem();
        arm.OptionId.ShouldBe("acc-msa20");
        arm.BecauseOptionId.ShouldBe("dock-wd22tb4");
        arm.Customers.ShouldBe(3);
        arm.Reason.ShouldBe("3 customers who order Dell Thunderbolt 4 Dock WD22TB4, 130 W power delivery also order Dell Single Monitor Arm MSA20");
    }

    [Fact]
    public async Task CrossSellLeavesOutWhatTheCustomerAlreadyHas()
    {
        // The mouse is in the customer's own order; the headset they picked: both are theirs already.
        var profile = new History("C-1").Option(Ordered, "dock", "dock-wd22tb4").Option(Picked, "accessories", "acc-wl5024").Profile();
        var orders = new[]
        {
            Order("C-1", "dock-wd22tb4", "acc-ms7421w"),
            Order("C-2", "dock-wd22tb4", "acc-ms7421w", "acc-wl5024", "acc-sleeve"),
            Order("C-3", "dock-wd22tb4", "acc-ms7421w", "acc-wl5024", "acc-sleeve"),
        };

        var crossSells = CrossSell.For(profile, await LaptopFamily(), orders);

        crossSells.Select(r => r.OptionId).ShouldBe(["acc-sleeve"]);
    }
}
