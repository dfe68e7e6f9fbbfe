using System.Diagnostics;
using Configurator.Catalog.Configurations;
using Configurator.Catalog.Engine;
using Configurator.Catalog.Loading;
using Configurator.Catalog.Model;
using Configurator.Crm;
using Configurator.Crm.Analysis;
using Configurator.Crm.Customers;
using Configurator.Orders.Model;
using Configurator.Orders.Placement;
using Configurator.Orders.Quotes;
using Microsoft.Extensions.Options;
using Configurator.Web.Infrastructure;

namespace Configurator.Web.DataGeneration;

/// <summary>A run's outcome: what it made, or that it refused because the database has customers and appending was not asked for.</summary>
public sealed record GenerationResult(GenerationSummary? Summary, int ExistingCustomers)
{
    public bool Refused => Summary is null;
}

/// <summary>
/// Fills the database with customers, their configurations, orders and history, entirely through the domain and
/// the repositories: customers and key accounts as aggregates, configurations made by the engine, orders placed by
/// <see cref="OrderPlacement"/> with its clock set to the historical instant and moved on by the order's own methods,
/// each order recorded on its customer by <see cref="CustomerActivityRecorder"/> as the order API does. Orders of the
/// last few days are scheduled normally, so the running app takes them through the ERP. One seed, one result.
/// </summary>
internal sealed class DataGenerator(IServiceScopeFactory scopes, ProductModelStore models, TimeProvider time, ConfigurationEngine engine,
    CompletionFinder completions)
{
    public const int FirstCustomerNumber = 100_001;

    /// <summary>Orders placed this close to now go through the real workflow instead of being shipped here.</summary>
    public static readonly TimeSpan Recent = TimeSpan.FromDays(3);

    private const string SurveyActor = "survey:post-delivery";

    /// <summary>Of business orders, how many come through a quote; of quotes, how many are lost.</summary>
    private const double QuotedShare = 0.6, LostQuoteShare = 0.25;

    private sealed record Run(DateTimeOffset Now, IReadOnlyList<Quarter> Window, ProductModel Model, Random Random, ConfigurationMaker Maker,
        string Approver, GenerationSummary Summary);

    public async Task<GenerationResult> RunAsync(GeneratorOptions options, TextWriter progress, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var now = time.GetUtcNow();
        IReadOnlyList<CustomerNumber> numbers;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var customers = scope.ServiceProvider.GetRequiredService<ICustomerRepository>();
            var existing = await customers.CountAsync(cancellationToken);
            if (existing > 0 && !options.Append) return new GenerationResult(null, existing);
            numbers = await FreeNumbersAsync(customers, existing, options.Customers, cancellationToken);
        }

        var window = Quarter.From(DateOnly.FromDateTime(now.UtcDateTime)).Window(options.Quarters);
        var windowStart = new DateTimeOffset(window[0].Start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var random = new Random(options.Seed);
        var planner = new CustomerPlanner(new SyntheticPeople(options.Seed), random, models.Current);
        var plans = planner.Plan(numbers, windowStart, now);
        var run = new Run(now, window, models.Current, random, new ConfigurationMaker(engine, completions), $"user:{planner.SalesManager}",
            new GenerationSummary(options, window));
        progress.WriteLine($"Generating {plans.Count} customers with orders from {window[0]} to {window[^1]} (seed {options.Seed}) ...");

        foreach (var plan in plans)
        {
            await GenerateAsync(plan, run, cancellationToken);
            if (run.Summary.Customers.Count % 20 == 0) progress.WriteLine($"  {run.Summary.Customers.Count} of {plans.Count} customers");
        }
        await RunRadAsync(run, cancellationToken);
        await CountAsync(plans, run.Summary, cancellationToken);
        run.Summary.Elapsed = watch.Elapsed;
        return new GenerationResult(run.Summary, 0);
    }

    /// <summary>Numbers C-100001 on, past the ones taken (an --append run continues after the customers already there).</summary>
    private static async Task<IReadOnlyList<CustomerNumber>> FreeNumbersAsync(ICustomerRepository customers, int existing, int count,
        CancellationToken cancellationToken)
    {
        var numbers = new List<CustomerNumber>();
        for (var candidate = FirstCustomerNumber + existing; numbers.Count < count; candidate++)
        {
            var number = new CustomerNumber($"C-{candidate}");
            if (!await customers.ExistsAsync(number, cancellationToken)) numbers.Add(number);
        }
        return numbers;
    }

    /// <summary>One customer with everything theirs, in one scope (a small change tracker keeps the saves fast).</summary>
    private async Task GenerateAsync(CustomerPlan plan, Run run, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var customers = services.GetRequiredService<ICustomerRepository>();
        if (!await customers.TryAddAsync(plan.Customer, cancellationToken))
            throw new InvalidOperationException($"Customer number {plan.Number} was free a moment ago and is taken now; is another run adding customers?");
        run.Summary.Customers.Add(plan.Number);
        if (plan.Customer.IsKeyAccount)
        {
            // Key accounts have negotiated terms: 4 to 12 % off list, now and then more on one family.
            var familyDiscounts = run.Random.Chance(0.3)
                ? new Dictionary<string, decimal> { [run.Random.Pick(plan.Families).FamilyId] = run.Random.Next(10, 16) }
                : [];
            await services.GetRequiredService<IAccountPriceLists>().SaveAsync(new AccountPriceList(plan.Number.Value, run.Random.Next(4, 13),
                familyDiscounts, [], run.Approver, plan.Customer.CreatedAt), cancellationToken);
            run.Summary.PriceLists++;
        }

        var clock = new HistoricalClock(run.Now);
        var historical = ActivatorUtilities.CreateInstance<OrderPlacement>(services, clock, new NoStepScheduler());
        var current = ActivatorUtilities.CreateInstance<OrderPlacement>(services, clock);
        var historicalQuotes = ActivatorUtilities.CreateInstance<QuoteDesk>(services, clock, historical);
        var currentQuotes = ActivatorUtilities.CreateInstance<QuoteDesk>(services, clock, current);
        var configurations = services.GetRequiredService<IConfigurationRepository>();
        var orders = services.GetRequiredService<IOrderRepository>();
        var recorder = services.GetRequiredService<CustomerActivityRecorder>();
        var random = run.Random;
        var sales = new Dictionary<Quarter, decimal>();
        var afterDelivery = new List<Interaction>();

        foreach (var at in OrderTimes(plan, run))
        {
            var familyId = random.Pick(plan.Families.Where(f => f.Weight > 0).ToList(), f => f.Weight).FamilyId;
            if (!run.Model.TryGetFamily(familyId, out var family)) continue;
            var quantity = Math.Clamp(random.LogUniform(plan.MinQuantity, plan.MaxQuantity), family.Family.Quantity.Min, family.Family.Quantity.Max);
            var savedAt = random.Between(at - TimeSpan.FromDays(2), at - TimeSpan.FromMinutes(5));
            if (savedAt < plan.Customer.CreatedAt) savedAt = plan.Customer.CreatedAt;
            var context = new SelectionContext(plan.Market.Region, DateOnly.FromDateTime(savedAt.UtcDateTime), quantity, plan.Segment);
            var objective = random.Chance(plan.FastestShare) ? CompletionObjective.Fastest : CompletionObjective.Cheapest;
            // Habits: the customer's usual picks, unless this time they try something new.
            var habit = plan.Habits.GetValueOrDefault(familyId) is { } usual && !random.Chance(0.15) ? usual : null;
            if (run.Maker.Make(run.Model, family, context, habit, objective, random) is not { } made)
            {
                run.Summary.NotOrdered++;
                continue;
            }
            if (habit is null && (!plan.Habits.ContainsKey(familyId) || random.Chance(0.3))) plan.Habits[familyId] = made.OwnPicks;

            var saved = await SaveAsync(configurations, run, $"{plan.Customer.Name}: {family.Family.Name}", made, savedAt, cancellationToken);
            // Now and then a customer saves a variant to compare, and orders the first.
            if (random.Chance(0.2) && run.Maker.Alternative(run.Model, family, made, objective, random) is { } alternative)
                await SaveAsync(configurations, run, $"{plan.Customer.Name}: {family.Family.Name} (alternative)", alternative,
                    savedAt - TimeSpan.FromMinutes(random.Next(1, 30)), cancellationToken);

            clock.Now = at;
            var recent = at > run.Now - Recent;
            var request = new PlaceOrderRequest(saved.Id, quantity, plan.Number.Value, ShipTo(plan),
                DateOnly.FromDateTime(at.UtcDateTime).AddDays(made.Result.LeadTimeDays + random.Next(5, 30)));
            Order? order;
            if (plan.Customer.Kind == CustomerKind.Business && random.Chance(QuotedShare))
            {
                // Businesses mostly buy through a quote, priced for the account; some quotes are lost.
                clock.Now = savedAt + TimeSpan.FromMinutes(random.Next(5, 90));
                (order, var lost) = await QuoteAndMaybeOrderAsync(recent ? currentQuotes : historicalQuotes, plan, run, services, request, at, clock,
                    cancellationToken);
                if (lost) continue;
            }
            else
            {
                var placed = await (recent ? current : historical).PlaceAsync(request, null, plan.OrderedBy, cancellationToken);
                order = placed.Order;
                if (order is not null) await recorder.OrderPlacedAsync(order, plan.OrderedBy, cancellationToken);
            }
            if (order is null)
            {
                run.Summary.NotOrdered++;
                continue;
            }
            run.Summary.OrderedConfigurations++;

            run.Summary.PreferenceEvents += order.Snapshot.Options.Count + 1;
            if (!recent)
            {
                var history = ErpHistory.For(order, run.Now - TimeSpan.FromHours(2), random);
                order = await orders.UpdateAsync(order.Id, o => history.ApplyTo(o, run.Approver), cancellationToken) ?? order;
                afterDelivery.AddRange(AfterDelivery(plan, order, history.ShippedAt, run.Now, random));
            }
            Count(order, run.Summary);
            if (order.Snapshot.TotalPrice.Currency == RadRun.Currency)
            {
                var quarter = Quarter.From(DateOnly.FromDateTime(at.UtcDateTime));
                sales[quarter] = sales.GetValueOrDefault(quarter) + order.Snapshot.TotalPrice.Amount;
            }
        }

        if (afterDelivery.Count > 0)
            await customers.UpdateAsync(plan.Number, c => afterDelivery.ForEach(c.Record), cancellationToken);
        if (plan.TargetShareOfWallet is { } share)
            run.Summary.BuyingPowerEstimates += await EstimateBuyingPowerAsync(plan, share, sales, run, services.GetRequiredService<IRadRepository>(), cancellationToken);
    }

    private static async Task<SavedConfiguration> SaveAsync(IConfigurationRepository configurations, Run run, string name, MadeConfiguration made,
        DateTimeOffset at, CancellationToken cancellationToken)
    {
        var saved = SavedConfiguration.From(Guid.NewGuid(), run.Model.Version, name, made.Request, made.Result, at);
        await configurations.AddAsync(saved, cancellationToken);
        run.Summary.Configurations.Add(saved.Id);
        return saved;
    }

    /// <summary>When the customer orders: a Poisson number per quarter, only while they are a customer, oldest first.</summary>
    private static List<DateTimeOffset> OrderTimes(CustomerPlan plan, Run run)
    {
        var times = new List<DateTimeOffset>();
        foreach (var quarter in run.Window)
        {
            var start = new DateTimeOffset(quarter.Start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            var end = new DateTimeOffset(quarter.Next.Start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            var from = start > plan.Customer.CreatedAt ? start : plan.Customer.CreatedAt;
            var to = new[] { end, plan.ActiveUntil, run.Now }.Min();
            if (to <= from) continue;
            var share = (to - from) / (end - start);
            for (var i = run.Random.Poisson(plan.OrdersPerQuarter * share); i > 0; i--) times.Add(run.Random.Between(from, to));
        }
        times.Sort();
        return times;
    }

    private static ShipTo ShipTo(CustomerPlan plan)
    {
        var a = plan.Customer.Address;
        var name = plan.Customer.Name;
        return new ShipTo(name.Length <= 80 ? name : name[..80], a.Street, a.City, a.PostalCode, a.Country);
    }

    /// <summary>After delivery: a satisfaction score on some orders, a complaint after a poor one, now and then a service call.</summary>
    private static IEnumerable<Interaction> AfterDelivery(CustomerPlan plan, Order order, DateTimeOffset shipped, DateTimeOffset now, Random random)
    {
        var number = order.Number.Value;
        var family = order.Snapshot.FamilyId;
        var staff = $"user:{plan.Customer.KeyAccount?.TechnicalSupportOwner ?? plan.Staff}";
        if (random.Chance(0.35))
        {
            var rated = shipped + TimeSpan.FromDays(random.Next(3, 21));
            // Around the customer's usual mood, one point either way now and then.
            var score = (int)Math.Clamp(Math.Round(plan.Satisfaction + (random.NextDouble() + random.NextDouble() - 1) * 1.5), 1, 5);
            if (rated < now)
            {
                yield return new Interaction(Guid.NewGuid(), InteractionKind.SatisfactionRated, rated, SurveyActor,
                    $"Rated order {number} {score} of 5", number, family, score);
                var complained = rated + TimeSpan.FromDays(random.Next(1, 4));
                if (score <= 2 && random.Chance(0.7) && complained < now)
                    yield return new Interaction(Guid.NewGuid(), InteractionKind.Complaint, complained, staff,
                        $"{random.Pick(Activities.Complaints)} (order {number})", number, family);
            }
        }
        var serviced = shipped + TimeSpan.FromDays(random.Next(10, 120));
        if (random.Chance(plan.Customer.Kind == CustomerKind.Business ? 0.12 : 0.05) && serviced < now)
            yield return new Interaction(Guid.NewGuid(), InteractionKind.ServiceCall, serviced, staff,
                $"{random.Pick(Activities.ServiceCalls)} (order {number})", number, family);
    }

    /// <summary>
    /// Buying power as sales would estimate it: sized from what the account actually bought and the share of its wallet
    /// the plan gives us (so RAD finds retention, development and acquisition accounts), revised now and then.
    /// </summary>
    private static async Task<int> EstimateBuyingPowerAsync(CustomerPlan plan, double share, IReadOnlyDictionary<Quarter, decimal> sales, Run run,
        IRadRepository rad, CancellationToken cancellationToken)
    {
        var random = run.Random;
        var account = plan.Customer.KeyAccount!;
        var joined = DateOnly.FromDateTime(plan.Customer.CreatedAt.UtcDateTime);
        var today = DateOnly.FromDateTime(run.Now.UtcDateTime);
        // Sales come in lumps (one large order makes a year): size from the median year, not the mean, so the share holds most quarters.
        var years = run.Window.Where(q => q.End < today && q.End >= joined)
            .Select(q => q.LastFour.Sum(w => sales.GetValueOrDefault(w))).Where(v => v > 0).Order().ToList();
        var annual = years.Count > 0 ? years[years.Count / 2] : account.Employees * 800m;
        var amount = Thousands(annual / (decimal)share * (decimal)random.Between(0.85, 1.2));
        var since = joined > run.Window[0].Start ? joined : run.Window[0].Start.AddDays(-random.Next(0, 60));
        var made = 0;
        await rad.AddEstimateAsync(plan.Number, new BuyingPowerEstimate(new Money(amount, RadRun.Currency), since, account.AccountManager,
            Activities.BuyingPowerNotes[0]), cancellationToken);
        made++;
        foreach (var quarter in run.Window.Skip(1))
        {
            var revised = quarter.Start.AddDays(random.Next(0, 20));
            if (revised <= since || revised > today || !random.Chance(0.3)) continue;
            amount = Thousands(amount * (decimal)random.Between(0.85, 1.2));
            since = revised;
            await rad.AddEstimateAsync(plan.Number, new BuyingPowerEstimate(new Money(amount, RadRun.Currency), since, account.AccountManager,
                random.Pick(Activities.BuyingPowerNotes)), cancellationToken);
            made++;
        }
        return made;
    }

    private static decimal Thousands(decimal amount) => Math.Max(1000m, Math.Round(amount / 1000m) * 1000m);

    /// <summary>
    /// Issues a quote for the order's configuration through the quote desk (a rep discount of up to 15 %, so some go beyond
    /// the rep's authority and their orders wait for approval), and accepts it at the order's time, placing the order at
    /// the quoted price; one in four quotes is lost instead. Both are recorded on the account as the quote API does.
    /// </summary>
    private static async Task<(Order? Order, bool Lost)> QuoteAndMaybeOrderAsync(QuoteDesk desk, CustomerPlan plan, Run run, IServiceProvider services,
        PlaceOrderRequest request, DateTimeOffset acceptAt, HistoricalClock clock, CancellationToken cancellationToken)
    {
        var random = run.Random;
        var rep = $"user:{plan.Customer.KeyAccount?.AccountManager ?? plan.Staff}";
        var discount = random.Chance(0.4) ? 0m : random.Next(1, 16);
        var authority = services.GetRequiredService<IOptions<QuotingOptions>>().Value.RepDiscountAuthorityPercent;
        var issued = await desk.IssueAsync(new IssueQuoteRequest(plan.Number.Value, request.ConfigurationId, request.Quantity, discount, null, null),
            rep, authority, cancellationToken);
        if (issued.Quote is not { } quote) return (null, false);
        await services.GetRequiredService<CustomerActivityRecorder>().QuoteIssuedAsync(quote, run.Model, rep, cancellationToken);
        run.Summary.Quotes++;
        if (random.Chance(LostQuoteShare))
        {
            run.Summary.LostQuotes++;
            return (null, true);
        }

        clock.Now = acceptAt;
        var accepted = await desk.AcceptAsync(quote, new AcceptQuoteRequest(request.ShipTo, request.RequestedDate, quote.Terms.Revision), plan.OrderedBy, cancellationToken);
        if (accepted is not { Quote: { } done, Order: { } order }) return (null, false);
        await services.GetRequiredService<CustomerActivityRecorder>().QuoteAcceptedAsync(done, order, plan.OrderedBy, cancellationToken);
        return (order, false);
    }

    /// <summary>The RAD analysis for every complete quarter of the window, as the quarterly job would have run it.</summary>
    private async Task RunRadAsync(Run run, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(run.Now.UtcDateTime);
        foreach (var quarter in run.Window.Where(q => q.End < today))
        {
            await using var scope = scopes.CreateAsyncScope();
            run.Summary.Rad[quarter] = await scope.ServiceProvider.GetRequiredService<RadRun>().RunAsync(quarter, cancellationToken);
        }
    }

    private static void Count(Order order, GenerationSummary summary)
    {
        summary.Orders.Add(order.Id);
        summary.OrdersByState[order.State] = summary.OrdersByState.GetValueOrDefault(order.State) + 1;
        var quarter = Quarter.From(DateOnly.FromDateTime(order.PlacedAt.UtcDateTime));
        summary.OrdersByQuarter[quarter] = summary.OrdersByQuarter.GetValueOrDefault(quarter) + 1;
    }

    /// <summary>Counts what the customers hold now, read back through the repository (what a run stored, not what it meant to).</summary>
    private async Task CountAsync(IReadOnlyList<CustomerPlan> plans, GenerationSummary summary, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var customers = scope.ServiceProvider.GetRequiredService<ICustomerRepository>();
        foreach (var plan in plans)
        {
            if (await customers.FindAsync(plan.Number, cancellationToken) is not { } customer) continue;
            if (customer.Kind == CustomerKind.Consumer) summary.Consumers++;
            else summary.Businesses++;
            if (customer.KeyAccount is { } account)
            {
                summary.KeyAccounts++;
                if (account.Parent is not null) summary.Subsidiaries++;
            }
            summary.Contacts += customer.Contacts.Count;
            foreach (var interaction in customer.Timeline)
                summary.Interactions[interaction.Kind] = summary.Interactions.GetValueOrDefault(interaction.Kind) + 1;
        }
    }
}
