using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Configurator.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Configurator.IntegrationTests.Quotes;

/// <summary>Quoting for key accounts over HTTP: account pricing, approval through the order workflow, expiry and model changes.</summary>
public class QuotesApiTests
{
    private const string RepKey = "test-sales-rep-key-000000000000003";
    private const string Account = "K-7000";
    private static readonly string[] RepSettings =
        [$"Security:ApiKeys:2:Key={RepKey}", "Security:ApiKeys:2:Name=test-rep", "Security:ApiKeys:2:Roles:0=sales-rep"];

    [Fact]
    public async Task QuoteIsPricedWithTheAccountsTermsVolumeBreakAndRepDiscountInTurn()
    {
        await using var loop = await ErpLoop.StartAsync(Database.Sqlite, null, RepSettings);
        using var rep = loop.App.ClientWith(("X-Api-Key", RepKey));
        using var manager = loop.Manager();
        await RegisterAsync(rep);
        using var terms = await manager.PutAsJsonAsync($"/api/customers/{Account}/price-list", new
        {
            discountPercent = 10m,
            familyDiscountPercents = new Dictionary<string, decimal> { ["business-laptop"] = 12m },
            volumeBreaks = new[] { new { minQuantity = 5, discountPercent = 2m }, new { minQuantity = 20, discountPercent = 5m } },
        });
        terms.StatusCode.ShouldBe(HttpStatusCode.OK);
        var configuration = await loop.SaveConfigurationAsync("business-laptop");
        var list = (await loop.App.GetJsonAsync($"/api/configurations/{configuration}")).GetProperty("configuration").GetProperty("unitPrice")
            .GetProperty("amount").GetDecimal();

        var quote = await IssueAsync(rep, configuration, quantity: 25, repDiscount: 4m);

        // 12 % for the family (not the 10 % default), then the 20-unit break of 5 %, then the rep's 4 %, each on what is left.
        var net = decimal.Round(list * 0.88m * 0.95m * 0.96m, 2);
        quote.GetProperty("listUnitPrice").GetDecimal().ShouldBe(list);
        quote.GetProperty("accountDiscountPercent").GetDecimal().ShouldBe(12m);
        quote.GetProperty("volumeDiscountPercent").GetDecimal().ShouldBe(5m);
        quote.GetProperty("netUnitPrice").GetDecimal().ShouldBe(net);
        quote.GetProperty("total").GetDecimal().ShouldBe(net * 25);
        quote.GetProperty("needsApproval").GetBoolean().ShouldBeFalse();
        quote.GetProperty("validUntil").GetString().ShouldBe(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(29).ToString("yyyy-MM-dd"));
    }

    [Theory]
    [InlineData(Database.Sqlite)]
    [InlineData(Database.PostgreSql)]
    public async Task AcceptingAValidQuotePlacesTheOrderAtTheQuotedPriceAndMarksTheAccount(Database database)
    {
        await using var loop = await ErpLoop.StartAsync(database, null, RepSettings);
        using var rep = loop.App.ClientWith(("X-Api-Key", RepKey));
        await RegisterAsync(rep);
        var configuration = await loop.SaveConfigurationAsync("business-laptop");
        var quote = await IssueAsync(rep, configuration, quantity: 2, repDiscount: 5m);

        using var response = await rep.PostAsJsonAsync($"/api/quotes/{quote.GetProperty("number").GetString()}/accept", Acceptance());

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var accepted = await response.Content.ReadFromJsonAsync<JsonElement>(RunningApp.Json);
        var order = accepted.GetProperty("order");
        order.GetProperty("product").GetProperty("unitPrice").GetDecimal().ShouldBe(quote.GetProperty("netUnitPrice").GetDecimal());
        order.GetProperty("product").GetProperty("totalPrice").GetDecimal().ShouldBe(quote.GetProperty("total").GetDecimal());
        order.GetProperty("product").GetProperty("quoteNumber").GetString().ShouldBe(quote.GetProperty("number").GetString());
        accepted.GetProperty("quote").GetProperty("state").GetString().ShouldBe("accepted");
        await loop.WaitForStateAsync(order.GetProperty("id").GetString()!, "shipped");
        // The ERP (Business Central for a US order) got the quoted net price on the item line, not the list price.
        var erpOrder = loop.Simulator.Orders.All().Single(o => o.ExternalReference == order.GetProperty("number").GetString());
        JsonDocument.Parse(erpOrder.Lines).RootElement.EnumerateArray()
            .Single(l => l.GetProperty("lineType").GetString() == "Item").GetProperty("unitPrice").GetDecimal()
            .ShouldBe(quote.GetProperty("netUnitPrice").GetDecimal());

        var timeline = await rep.GetFromJsonAsync<JsonElement>($"/api/customers/{Account}/timeline", RunningApp.Json);
        timeline.EnumerateArray().Select(i => i.GetProperty("kind").GetString()).ShouldBe(["quoteGiven", "orderPlaced", "quoteAccepted"], ignoreOrder: true);
        var profile = await rep.GetFromJsonAsync<JsonElement>($"/api/customers/{Account}/profile", RunningApp.Json);
        profile.GetProperty("discounts").GetProperty("count").GetInt32().ShouldBe(1);
        profile.GetProperty("discounts").GetProperty("averagePercent").GetDecimal().ShouldBe(5m);

        using var again = await rep.PostAsJsonAsync($"/api/quotes/{quote.GetProperty("id").GetString()}/accept", Acceptance());
        await again.ShouldBeProblemAsync(HttpStatusCode.Conflict, "state");
    }

    [Fact]
    public async Task DiscountBeyondTheRepsAuthorityWaitsForTheManagersApprovalInTheOrderWorkflow()
    {
        await using var loop = await ErpLoop.StartAsync(Database.Sqlite, null, RepSettings);
        using var rep = loop.App.ClientWith(("X-Api-Key", RepKey));
        using var manager = loop.Manager();
        await RegisterAsync(rep);
        var configuration = await loop.SaveConfigurationAsync("business-laptop");
        var quote = await IssueAsync(rep, configuration, quantity: 1, repDiscount: 15m);
        quote.GetProperty("needsApproval").GetBoolean().ShouldBeTrue();
        quote.GetProperty("repDiscountAuthorityPercent").GetDecimal().ShouldBe(10m);

        using var response = await rep.PostAsJsonAsync($"/api/quotes/{quote.GetProperty("id").GetString()}/accept", Acceptance());
        var order = (await response.Content.ReadFromJsonAsync<JsonElement>(RunningApp.Json)).GetProperty("order");
        order.GetProperty("state").GetString().ShouldBe("awaitingApproval");
        order.GetProperty("routing").ToString().ShouldContain("discount exceeds");
        var id = order.GetProperty("id").GetString()!;

        using var byRep = await rep.PostAsJsonAsync($"/api/orders/{id}/approve", new { comment = "mine" });
        byRep.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var approved = await manager.PostAsJsonAsync($"/api/orders/{id}/approve", new { comment = "Strategic account, margin checked" });
        approved.StatusCode.ShouldBe(HttpStatusCode.OK);
        await loop.WaitForStateAsync(id, "shipped");
        var timeline = await loop.App.GetJsonAsync($"/api/orders/{id}/timeline");
        timeline.ToString().ShouldContain("Strategic account, margin checked");
    }

    [Fact]
    public async Task ManagerRejectsADiscountBeyondAuthorityAndTheQuoteShowsItsOrderRejected()
    {
        await using var loop = await ErpLoop.StartAsync(Database.Sqlite, null, RepSettings);
        using var rep = loop.App.ClientWith(("X-Api-Key", RepKey));
        using var manager = loop.Manager();
        await RegisterAsync(rep);
        var quote = await IssueAsync(rep, await loop.SaveConfigurationAsync("business-laptop"), quantity: 1, repDiscount: 20m);
        using var accepted = await rep.PostAsJsonAsync($"/api/quotes/{quote.GetProperty("id").GetString()}/accept", Acceptance());
        var body = await accepted.Content.ReadFromJsonAsync<JsonElement>(RunningApp.Json);
        body.GetProperty("quote").GetProperty("orderState").GetString().ShouldBe("awaitingApproval");
        var orderId = body.GetProperty("order").GetProperty("id").GetString();

        using var rejected = await manager.PostAsJsonAsync($"/api/orders/{orderId}/reject", new { comment = "20 % is beyond this account's margin" });

        rejected.StatusCode.ShouldBe(HttpStatusCode.OK);
        var view = await rep.GetFromJsonAsync<JsonElement>($"/api/quotes/{quote.GetProperty("number").GetString()}", RunningApp.Json);
        view.GetProperty("orderState").GetString().ShouldBe("rejected");
        (await loop.App.GetJsonAsync($"/api/orders/{orderId}/timeline")).ToString().ShouldContain("20 % is beyond this account's margin");
        (await Configurator.IntegrationTests.Orders.OrderFlowTests.SimulatorOrdersAsync(loop, body.GetProperty("order").GetProperty("number").GetString()!)).ShouldBe(0);
    }

    [Theory]
    [InlineData(Database.Sqlite)]
    [InlineData(Database.PostgreSql)]
    public async Task ExpiredQuoteIsRepricedWithWhatChangedThenOrdersAtTheNewTerms(Database database)
    {
        var clock = new ShiftedClock();
        await using var loop = await ErpLoop.StartAsync(database, null, b => b.Services.AddSingleton<TimeProvider>(clock), RepSettings);
        using var rep = loop.App.ClientWith(("X-Api-Key", RepKey));
        await RegisterAsync(rep);
        var configuration = await loop.SaveConfigurationAsync("business-laptop");
        var quote = await IssueAsync(rep, configuration, quantity: 1, repDiscount: 2m, validUntil: DateOnly.FromDateTime(DateTime.UtcNow).AddDays(6));
        clock.Advance(TimeSpan.FromDays(10));

        using var first = await rep.PostAsJsonAsync($"/api/quotes/{quote.GetProperty("id").GetString()}/accept", Acceptance(revision: 1, daysAhead: 40));

        var problem = await first.ShouldBeProblemAsync(HttpStatusCode.Conflict, "quote");
        var changes = problem.GetProperty("changes").EnumerateArray().ToDictionary(c => c.GetProperty("field").GetString()!);
        changes["validUntil"].GetProperty("before").GetString()!.ShouldContain("expired");
        problem.GetProperty("quote").GetProperty("revision").GetInt32().ShouldBe(2);
        problem.GetProperty("quote").GetProperty("isExpired").GetBoolean().ShouldBeFalse();

        using var stale = await rep.PostAsJsonAsync($"/api/quotes/{quote.GetProperty("id").GetString()}/accept", Acceptance(revision: 1, daysAhead: 40));
        (await stale.ShouldBeProblemAsync(HttpStatusCode.Conflict, "quote")).GetProperty("quote").GetProperty("revision").GetInt32().ShouldBe(2);
        using var second = await rep.PostAsJsonAsync($"/api/quotes/{quote.GetProperty("id").GetString()}/accept", Acceptance(revision: 2, daysAhead: 40));
        second.StatusCode.ShouldBe(HttpStatusCode.Created);
        var history = (await second.Content.ReadFromJsonAsync<JsonElement>(RunningApp.Json)).GetProperty("quote").GetProperty("history");
        history.EnumerateArray().Select(h => h.GetProperty("what").GetString()).ShouldBe(["Issued", "Re-priced as revision 2", history[2].GetProperty("what").GetString()]);
        history[2].GetProperty("what").GetString()!.ShouldStartWith("Accepted: order CO-");
    }

    [Fact]
    public async Task QuoteUnderAnEarlierModelIsRepricedAtTheNewListPrice()
    {
        await using var loop = await ErpLoop.StartAsync(Database.Sqlite, null, RepSettings);
        using var rep = loop.App.ClientWith(("X-Api-Key", RepKey));
        await RegisterAsync(rep);
        var configuration = await loop.SaveConfigurationAsync("business-laptop");
        var quote = await IssueAsync(rep, configuration, quantity: 1, repDiscount: 0m);
        var optionId = quote.GetProperty("picks")[0].GetString()!;
        await RaiseListPriceAsync(loop.App, "business-laptop", optionId, by: 100m);

        using var first = await rep.PostAsJsonAsync($"/api/quotes/{quote.GetProperty("id").GetString()}/accept", Acceptance());

        var problem = await first.ShouldBeProblemAsync(HttpStatusCode.Conflict, "quote");
        var changes = problem.GetProperty("changes").EnumerateArray().Select(c => c.GetProperty("field").GetString()).ToArray();
        changes.ShouldContain("modelVersion");
        changes.ShouldContain("listUnitPrice");
        problem.GetProperty("quote").GetProperty("listUnitPrice").GetDecimal().ShouldBe(quote.GetProperty("listUnitPrice").GetDecimal() + 100m);
        problem.GetProperty("quote").GetProperty("validatedAgainstCurrentModel").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task QuotingRefusesBadFieldsUnknownAccountsAndTheWrongRoles()
    {
        await using var loop = await ErpLoop.StartAsync(Database.Sqlite, null, RepSettings);
        using var rep = loop.App.ClientWith(("X-Api-Key", RepKey));
        using var anonymous = loop.App.ClientWith();
        await RegisterAsync(rep);
        var configuration = await loop.SaveConfigurationAsync("business-laptop");

        using var badDiscount = await rep.PostAsJsonAsync("/api/quotes", new { customerNumber = Account, configurationId = configuration, repDiscountPercent = 101 });
        using var beyondLimit = await rep.PostAsJsonAsync("/api/quotes", new { customerNumber = Account, configurationId = configuration, repDiscountPercent = 60 });
        using var tooLong = await rep.PostAsJsonAsync("/api/quotes", new
        {
            customerNumber = Account, configurationId = configuration, validUntil = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(200),
        });
        using var unknownAccount = await rep.PostAsJsonAsync("/api/quotes", new { customerNumber = "K-0404", configurationId = configuration });
        using var unknownConfiguration = await rep.PostAsJsonAsync("/api/quotes", new { customerNumber = Account, configurationId = Guid.NewGuid() });
        using var withoutKey = await anonymous.PostAsJsonAsync("/api/quotes", new { customerNumber = Account, configurationId = configuration });
        using var repSetsTerms = await rep.PutAsJsonAsync($"/api/customers/{Account}/price-list", new { discountPercent = 30 });
        using var badBreak = await loop.Manager().PutAsJsonAsync($"/api/customers/{Account}/price-list",
            new { volumeBreaks = new[] { new { minQuantity = 1, discountPercent = 2 } } });
        var open = await IssueAsync(rep, configuration, quantity: 1, repDiscount: 0m);
        using var noRevision = await rep.PostAsJsonAsync($"/api/quotes/{open.GetProperty("id").GetString()}/accept", new
        {
            shipTo = new { name = "Receiving", street = "5 Harbour Road", city = "Portsmouth", postalCode = "03801", country = "US" },
            requestedDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)).ToString("yyyy-MM-dd"),
        });
        using var badId = await rep.GetAsync("/api/quotes/not-a-quote");
        using var noQuote = await rep.GetAsync("/api/quotes/QT-261202-ABCDEFGH");

        await badDiscount.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "repDiscountPercent");
        await beyondLimit.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "repDiscountPercent");
        await tooLong.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "validUntil");
        await unknownAccount.ShouldBeProblemAsync(HttpStatusCode.NotFound, "customerNumber");
        await unknownConfiguration.ShouldBeProblemAsync(HttpStatusCode.NotFound, "configurationId");
        await withoutKey.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "X-Api-Key");
        repSetsTerms.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await badBreak.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "volumeBreaks[0].minQuantity");
        await noRevision.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "revision");
        await badId.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "id");
        await noQuote.ShouldBeProblemAsync(HttpStatusCode.NotFound, "id");
        (await rep.GetFromJsonAsync<JsonElement>($"/api/customers/{Account}/quotes")).GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task ConcurrentAcceptancesOfOneQuotePlaceOneOrder()
    {
        await using var loop = await ErpLoop.StartAsync(Database.Sqlite, null, RepSettings);
        using var rep = loop.App.ClientWith(("X-Api-Key", RepKey));
        await RegisterAsync(rep);
        var quote = await IssueAsync(rep, await loop.SaveConfigurationAsync("business-laptop"), quantity: 1, repDiscount: 0m);
        var id = quote.GetProperty("id").GetString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => rep.PostAsJsonAsync($"/api/quotes/{id}/accept", Acceptance())));

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.Created || r.StatusCode == HttpStatusCode.OK || r.StatusCode == HttpStatusCode.Conflict);
        var orders = await Task.WhenAll(responses.Where(r => r.IsSuccessStatusCode).Select(async r =>
            (await r.Content.ReadFromJsonAsync<JsonElement>(RunningApp.Json)).GetProperty("order").GetProperty("number").GetString()));
        orders.Distinct().Count().ShouldBe(1);
        (await loop.Client.GetFromJsonAsync<JsonElement>("/api/orders/counts")).EnumerateObject().Sum(p => p.Value.GetInt32()).ShouldBe(1);
        var accepted = await rep.GetFromJsonAsync<JsonElement>($"/api/quotes/{id}", RunningApp.Json);
        accepted.GetProperty("orderNumber").GetString().ShouldBe(orders[0]);
        var timeline = await rep.GetFromJsonAsync<JsonElement>($"/api/customers/{Account}/timeline", RunningApp.Json);
        timeline.EnumerateArray().Select(i => i.GetProperty("kind").GetString()).ShouldBe(["quoteGiven", "orderPlaced", "quoteAccepted"], ignoreOrder: true);
        foreach (var response in responses) response.Dispose();
    }

    [Fact]
    public async Task ConcurrentAcceptancesOfAnExpiredQuoteRepriceItOnce()
    {
        var clock = new ShiftedClock();
        await using var loop = await ErpLoop.StartAsync(Database.Sqlite, null, b => b.Services.AddSingleton<TimeProvider>(clock), RepSettings);
        using var rep = loop.App.ClientWith(("X-Api-Key", RepKey));
        await RegisterAsync(rep);
        var quote = await IssueAsync(rep, await loop.SaveConfigurationAsync("business-laptop"), quantity: 1, repDiscount: 0m,
            validUntil: DateOnly.FromDateTime(DateTime.UtcNow));
        clock.Advance(TimeSpan.FromDays(3));
        var id = quote.GetProperty("id").GetString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => rep.PostAsJsonAsync($"/api/quotes/{id}/accept", Acceptance())));

        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.Conflict);
        var view = await rep.GetFromJsonAsync<JsonElement>($"/api/quotes/{id}", RunningApp.Json);
        view.GetProperty("revision").GetInt32().ShouldBe(2);
        view.GetProperty("history").EnumerateArray().Count(h => h.GetProperty("what").GetString()!.StartsWith("Re-priced")).ShouldBe(1);
        foreach (var response in responses) response.Dispose();
    }

    [Fact]
    public async Task WithdrawnQuoteCannotBeAccepted()
    {
        await using var loop = await ErpLoop.StartAsync(Database.Sqlite, null, RepSettings);
        using var rep = loop.App.ClientWith(("X-Api-Key", RepKey));
        await RegisterAsync(rep);
        var quote = await IssueAsync(rep, await loop.SaveConfigurationAsync("business-laptop"), quantity: 1, repDiscount: 0m);
        var id = quote.GetProperty("id").GetString();

        using var withdrawn = await rep.PostAsJsonAsync($"/api/quotes/{id}/withdraw", new { comment = "Customer chose another model" });
        using var accept = await rep.PostAsJsonAsync($"/api/quotes/{id}/accept", Acceptance());

        withdrawn.StatusCode.ShouldBe(HttpStatusCode.OK);
        var problem = await accept.ShouldBeProblemAsync(HttpStatusCode.Conflict, "state");
        problem.GetProperty("detail").GetString()!.ShouldContain("Withdrawn");
        (await loop.Client.GetFromJsonAsync<JsonElement>("/api/orders/counts")).EnumerateObject().Sum(p => p.Value.GetInt32()).ShouldBe(0);
    }

    private static async Task RegisterAsync(HttpClient rep)
    {
        using var response = await rep.PostAsJsonAsync("/api/customers", new
        {
            number = Account, kind = "business", name = "Fabrikam Industries", email = "buyer@fabrikam.example",
            address = new { street = "5 Harbour Road", city = "Portsmouth", postalCode = "03801", country = "US" },
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    private static async Task<JsonElement> IssueAsync(HttpClient rep, string configuration, int quantity, decimal repDiscount, DateOnly? validUntil = null)
    {
        using var response = await rep.PostAsJsonAsync("/api/quotes", new
        {
            customerNumber = Account, configurationId = configuration, quantity, repDiscountPercent = repDiscount,
            validUntil = validUntil?.ToString("yyyy-MM-dd"),
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>(RunningApp.Json);
    }

    private static object Acceptance(int revision = 1, int daysAhead = 30) => new
    {
        revision,
        shipTo = new { name = "Fabrikam Receiving", street = "5 Harbour Road", city = "Portsmouth", postalCode = "03801", country = "US" },
        requestedDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(daysAhead)).ToString("yyyy-MM-dd"),
    };

    private static async Task RaiseListPriceAsync(RunningApp app, string familyId, string optionId, decimal by)
    {
        var version = (await app.GetJsonAsync("/api/model")).GetProperty("version").GetString();
        var file = Path.Combine(app.RulesPath, "catalog", $"{familyId}.json");
        var family = JsonNode.Parse(await File.ReadAllTextAsync(file))!.AsObject();
        var option = family["groups"]!.AsArray().SelectMany(g => g!["options"]!.AsArray()).Single(o => (string?)o!["id"] == optionId)!;
        option["listPrice"] = (decimal)option["listPrice"]! + by;
        await File.WriteAllTextAsync(file, family.ToJsonString());
        for (var i = 0; i < 100 && (await app.GetJsonAsync("/api/model")).GetProperty("version").GetString() == version; i++) await Task.Delay(100);
    }
}
