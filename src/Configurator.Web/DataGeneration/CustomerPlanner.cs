using Configurator.Catalog.Model;
using Configurator.Crm;
using Configurator.Crm.Customers;

namespace Configurator.Web.DataGeneration;

/// <summary>
/// Invents the customers: a fixed mix of consumers, businesses and key accounts (so even a small run has each),
/// their contacts (a business's decision unit), key-account profiles with a funnel history and a few subsidiaries,
/// the calls and visits people record, and the habits <see cref="CustomerPlan"/> carries for ordering.
/// </summary>
internal sealed class CustomerPlanner
{
    // Of every ten customers: three key accounts, two other businesses, five consumers.
    private static readonly string[] Mix = ["key", "consumer", "business", "consumer", "key", "consumer", "consumer", "key", "business", "consumer"];

    private static readonly (string Name, string Code)[] Industries =
    [
        ("Manufacturing", "MFG"), ("Financial services", "FIN"), ("Healthcare", "HLC"), ("Education", "EDU"),
        ("Public administration", "PUB"), ("Engineering", "ENG"), ("Media", "MED"), ("Retail", "RET"), ("Logistics", "LOG"), ("Energy", "NRG"),
    ];

    // Shares of wallet the key accounts take in turn, so RAD finds retention, development and acquisition accounts.
    private static readonly double[] WalletShares = [0.8, 0.3, 0.07];

    private static readonly string[] CustomerTypes = ["End customer", "End customer", "System integrator", "Reseller"];
    private static readonly BuyingRole[] FurtherRoles = [BuyingRole.Influencer, BuyingRole.User, BuyingRole.TechnicalEvaluator, BuyingRole.Gatekeeper];

    private readonly SyntheticPeople _people;
    private readonly Random _random;
    private readonly IReadOnlyList<ProductFamily> _familiesByPrice;
    private readonly string[] _accountManagers;
    private readonly string[] _supportOwners;
    private readonly string[] _salesReps;
    // Numbers the mailboxes and domains of names without Latin letters (Japanese, Chinese).
    private int _mailboxes;
    private int _keyAccounts;

    public CustomerPlanner(SyntheticPeople people, Random random, ProductModel model)
    {
        _people = people;
        _random = random;
        _familiesByPrice = [.. model.Families.Select(f => f.Family).OrderBy(f => f.BasePrice.Amount).ThenBy(f => f.Id, StringComparer.Ordinal)];
        var staff = Market.All[0];
        _accountManagers = [.. Enumerable.Range(0, 4).Select(_ => people.PersonName(staff))];
        _supportOwners = [.. Enumerable.Range(0, 3).Select(_ => people.PersonName(staff))];
        _salesReps = [.. Enumerable.Range(0, 3).Select(_ => people.PersonName(staff))];
        SalesManager = people.PersonName(staff);
    }

    /// <summary>Who approves the orders routing sends to approval.</summary>
    public string SalesManager { get; }

    public IReadOnlyList<CustomerPlan> Plan(IReadOnlyList<CustomerNumber> numbers, DateTimeOffset windowStart, DateTimeOffset now)
    {
        var plans = new List<CustomerPlan>();
        for (var i = 0; i < numbers.Count; i++)
        {
            var kind = Mix[i % Mix.Length];
            var parents = plans.Where(p => p.Customer.KeyAccount is { Parent: null }).ToList();
            var plan = kind switch
            {
                "consumer" => Consumer(numbers[i], windowStart, now),
                "business" => Business(numbers[i], windowStart, now, keyAccount: false, parent: null),
                // A few key accounts are subsidiaries of an earlier one: the parent/affiliation fields get used.
                _ => Business(numbers[i], windowStart, now, keyAccount: true, parent: parents.Count > 0 && _random.Chance(0.2) ? _random.Pick(parents) : null),
            };
            plans.Add(plan);
        }
        return plans;
    }

    private CustomerPlan Consumer(CustomerNumber number, DateTimeOffset windowStart, DateTimeOffset now)
    {
        var market = _random.Pick(Market.All, m => m.Weight);
        var name = _people.PersonName(market);
        var email = SyntheticPeople.Email(name, "mail.example", ++_mailboxes);
        var created = CreatedAt(windowStart, now, earlyShare: 0.6);
        var customer = Customer.Register(number, CustomerKind.Consumer, name, email, _people.Address(market), created);
        customer.AddContact(new Contact(Guid.NewGuid(), name, email, _people.Phone(market), BuyingRole.DecisionMaker));
        var rep = _random.Pick(_salesReps);
        RecordPeopleActivity(customer, windowStart, now, callsPerQuarter: 0.1, visitsPerQuarter: 0, rep);
        return new CustomerPlan(customer, market, "consumer", _random.Between(0.25, 0.6), ActiveUntil(windowStart, now, churn: 0.15),
            FamilyWeights(rank => rank switch { 0 => 6, 1 => 2, _ => 0 }), 1, 2, _random.Between(0, 0.5), Satisfaction(),
            "user:anonymous", rep, null);
    }

    private CustomerPlan Business(CustomerNumber number, DateTimeOffset windowStart, DateTimeOffset now, bool keyAccount, CustomerPlan? parent)
    {
        var market = _random.Pick(Market.All, m => m.Weight);
        var name = parent is null ? _people.CompanyName(market) : $"{parent.Customer.Name} {market.Country}";
        var domain = SyntheticPeople.Domain(name, ++_mailboxes);
        var created = CreatedAt(windowStart, now, earlyShare: keyAccount ? 0.85 : 0.65);
        var customer = Customer.Register(number, CustomerKind.Business, name, $"purchasing@{domain}", _people.Address(market), created);

        // The decision unit: someone decides, someone buys, and for larger accounts others weigh in.
        var roles = new List<BuyingRole> { BuyingRole.DecisionMaker, BuyingRole.Purchaser };
        roles.AddRange(Enumerable.Range(0, keyAccount ? _random.Next(2, 5) : _random.Next(0, 2)).Select(_ => _random.Pick(FurtherRoles)));
        foreach (var role in roles)
        {
            var person = _people.PersonName(market);
            customer.AddContact(new Contact(Guid.NewGuid(), person, SyntheticPeople.Email(person, domain, customer.Contacts.Count + 1), _people.Phone(market), role));
        }

        var staff = keyAccount ? _random.Pick(_accountManagers) : _random.Pick(_salesReps);
        var segment = "smallBusiness";
        var prospect = false;
        if (keyAccount)
        {
            var industry = parent?.Customer.KeyAccount is { } parentAccount
                ? Industries.First(i => i.Name == parentAccount.Industry)
                : _random.Pick(Industries);
            segment = industry.Code is "EDU" or "PUB" ? "publicSector" : "enterprise";
            prospect = parent is null && _random.Chance(0.15);
            var profile = new KeyAccountProfile(industry.Name, parent?.Number, parent is null ? null : "Subsidiary",
                parent is null ? _random.LogUniform(250, 60_000) : _random.LogUniform(50, 5_000),
                segment == "publicSector" ? "Public institution" : _random.Pick(CustomerTypes), $"{industry.Code}-{number.Value[^4..]}",
                staff, _random.Pick(_supportOwners), FunnelStage.Lead);
            TrackFunnel(customer, profile, prospect, now);
        }
        RecordPeopleActivity(customer, windowStart, now, callsPerQuarter: keyAccount ? 2.0 : 0.6, visitsPerQuarter: keyAccount ? 0.8 : 0.1, staff);

        var ordersPerQuarter = keyAccount ? _random.Between(1.5, 3.5) * (prospect ? 0.3 : 1) : _random.Between(0.6, 1.4);
        return new CustomerPlan(customer, market, segment, ordersPerQuarter, keyAccount ? now : ActiveUntil(windowStart, now, churn: 0.15),
            FamilyWeights(rank => keyAccount ? 3 - rank * 0.5 : Math.Max(1, 5 - 2 * rank)),
            keyAccount ? 2 : 1, keyAccount ? 30 : 8, _random.Between(0, 0.6), Satisfaction(),
            keyAccount || _random.Chance(0.4) ? $"user:{staff}" : "user:anonymous", staff,
            keyAccount ? WalletShares[_keyAccounts++ % WalletShares.Length] : null);
    }

    /// <summary>Daily tracking moves an account through the funnel: prospects are still in it, the others were won.</summary>
    private void TrackFunnel(Customer customer, KeyAccountProfile profile, bool prospect, DateTimeOffset now)
    {
        FunnelStage[] stages = prospect
            ? [FunnelStage.Lead, FunnelStage.Qualified, _random.Pick([FunnelStage.Proposal, FunnelStage.Negotiation])]
            : [FunnelStage.Qualified, FunnelStage.Proposal, FunnelStage.Negotiation, FunnelStage.Won];
        var at = customer.CreatedAt;
        foreach (var stage in stages)
        {
            if (at > now) break;
            customer.TrackAsKeyAccount(profile with { Stage = stage }, $"user:{profile.AccountManager}", at);
            at += TimeSpan.FromDays(_random.Next(3, 25));
        }
    }

    private void RecordPeopleActivity(Customer customer, DateTimeOffset windowStart, DateTimeOffset now, double callsPerQuarter, double visitsPerQuarter, string staff)
    {
        var from = customer.CreatedAt > windowStart ? customer.CreatedAt : windowStart;
        var quarters = (now - from).TotalDays / 91.3;
        var by = $"user:{staff}";
        for (var i = _random.Poisson(callsPerQuarter * quarters); i > 0; i--)
            customer.Record(new Interaction(Guid.NewGuid(), InteractionKind.Call, _random.Between(from, now), by, _random.Pick(Activities.Calls)));
        for (var i = _random.Poisson(visitsPerQuarter * quarters); i > 0; i--)
            customer.Record(new Interaction(Guid.NewGuid(), InteractionKind.Visit, _random.Between(from, now), by, _random.Pick(Activities.Visits)));
    }

    /// <summary>Most customers were there before the window; the rest join during its first three quarters of time.</summary>
    private DateTimeOffset CreatedAt(DateTimeOffset windowStart, DateTimeOffset now, double earlyShare) =>
        _random.Chance(earlyShare)
            ? windowStart - TimeSpan.FromDays(_random.Next(30, 540)) + TimeSpan.FromMinutes(_random.Next(8 * 60, 18 * 60))
            : _random.Between(windowStart, windowStart + (now - windowStart) * 0.7);

    /// <summary>Some customers stop ordering part-way (lifecycle then has lapsed customers to show).</summary>
    private DateTimeOffset ActiveUntil(DateTimeOffset windowStart, DateTimeOffset now, double churn) =>
        _random.Chance(churn) ? windowStart + (now - windowStart) * _random.Between(0.4, 0.85) : now;

    private double Satisfaction() => _random.Pick([4.6, 4.2, 3.6, 2.6], s => s switch { 4.6 => 3, 4.2 => 4, 3.6 => 2, _ => 1 });

    /// <summary>Family weights by price rank (cheapest first), varied per customer, some focused on fewer families.</summary>
    private IReadOnlyList<(string FamilyId, double Weight)> FamilyWeights(Func<int, double> byRank)
    {
        var weights = _familiesByPrice.Select((f, rank) => (f.Id, Weight: byRank(rank) * _random.Between(0.3, 1.5))).ToList();
        if (weights.Count(w => w.Weight > 0) > 1 && _random.Chance(0.4))
        {
            var dropped = _random.Next(1, weights.Count);
            weights[dropped] = (weights[dropped].Id, 0);
        }
        return weights;
    }
}
