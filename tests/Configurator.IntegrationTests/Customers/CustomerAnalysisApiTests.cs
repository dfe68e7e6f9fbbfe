using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Configurator.Crm;
using Configurator.Crm.Analysis;
using Configurator.Crm.Customers;
using Configurator.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Configurator.IntegrationTests.Customers;

/// <summary>
/// Satisfaction, lifecycle, lifetime value and period metrics over the API. Past quarters are set up through the customer repository,
/// since the API records orders, quotes and scores only as they happen.
/// </summary>
public class CustomerAnalysisApiTests
{
    private static async Task RegisterAsync(HttpClient rep, string number) =>
        (await rep.PostAsJsonAsync("/api/customers", new
        {
            number, kind = "business", name = $"Customer {number}",
            address = new { street = "1 Main Street", city = "Springfield", postalCode = "12345", country = "US" },
        })).StatusCode.ShouldBe(HttpStatusCode.Created);

    /// <summary>Records a past timeline entry the way the system would have, ten days into the quarter.</summary>
    private static async Task RecordAsync(ErpLoop loop, string customer, InteractionKind kind, Quarter quarter, string? reference = null, decimal? value = null)
    {
        using var scope = loop.App.Services.CreateScope();
        var at = quarter.StartUtc.AddDays(10);
        var interaction = new Interaction(Guid.NewGuid(), kind, at, "test", $"{kind} in {quarter}", reference, "rack-server", value,
            kind == InteractionKind.OrderPlaced ? "USD" : null);
        (await scope.ServiceProvider.GetRequiredService<ICustomerRepository>()
            .UpdateAsync(new CustomerNumber(customer), c => c.Record(interaction), CancellationToken.None)).ShouldNotBeNull();
    }

    private static async Task<JsonElement> ShippedOrderAsync(ErpLoop loop, string customer)
    {
        var configuration = await loop.SaveConfigurationAsync("business-laptop", "NA");
        var order = await loop.PlaceAsync(ErpLoop.OrderBody(configuration, quantity: 1, customer: customer));
        return await loop.WaitForStateAsync(order.GetProperty("id").GetString()!, "shipped");
    }

    [Fact]
    public async Task SatisfactionWithAShippedOrderLandsOnTheCustomerTimelineOnceAndTheFirstScoreStands()
    {
        await using var loop = await ErpLoop.StartWithSalesRepAsync();
        using var rep = loop.SalesRep();
        await RegisterAsync(rep, "C-5000");
        var order = await ShippedOrderAsync(loop, "C-5000");
        var number = order.GetProperty("number").GetString()!;

        using var rated = await rep.PostAsJsonAsync($"/api/orders/{number}/satisfaction", new { score = 4, comment = "Arrived a day early" });
        using var again = await rep.PostAsJsonAsync($"/api/orders/{order.GetProperty("id").GetString()}/satisfaction", new { score = 1 });
        var timeline = await rep.GetFromJsonAsync<JsonElement>("/api/customers/C-5000/timeline");

        rated.StatusCode.ShouldBe(HttpStatusCode.Created, await rated.Content.ReadAsStringAsync());
        await again.ShouldBeProblemAsync(HttpStatusCode.Conflict, "score");
        var score = timeline.EnumerateArray().Single(i => i.GetProperty("kind").GetString() == "satisfactionRated");
        score.GetProperty("value").GetDecimal().ShouldBe(4m);
        score.GetProperty("reference").GetString().ShouldBe(number);
        score.GetProperty("familyId").GetString().ShouldBe("business-laptop");
        score.GetProperty("summary").GetString().ShouldBe("Arrived a day early");
        score.GetProperty("by").GetString().ShouldBe("user:test-rep");
    }

    [Fact]
    public async Task SatisfactionIsRefusedBeforeShippingForUnknownOrdersBadScoresUnregisteredCustomersAndWithoutARepKey()
    {
        await using var loop = await ErpLoop.StartWithSalesRepAsync();
        using var rep = loop.SalesRep();
        using var anonymous = loop.App.ClientWith();
        await RegisterAsync(rep, "C-5001");
        // An order above the approval limit waits for the sales manager, so it is certainly not shipped.
        var waiting = await loop.PlaceAsync(ErpLoop.OrderBody(await loop.SaveConfigurationAsync("rack-server", "EU", "enterprise"), quantity: 40,
            country: "DE", customer: "C-5001"));
        var unregistered = await ShippedOrderAsync(loop, "C-9999");
        var shippedId = unregistered.GetProperty("id").GetString();

        using var notShipped = await rep.PostAsJsonAsync($"/api/orders/{waiting.GetProperty("id").GetString()}/satisfaction", new { score = 5 });
        using var unknown = await rep.PostAsJsonAsync($"/api/orders/{Guid.NewGuid()}/satisfaction", new { score = 5 });
        using var tooHigh = await rep.PostAsJsonAsync($"/api/orders/{shippedId}/satisfaction", new { score = 6 });
        using var missing = await rep.PostAsJsonAsync($"/api/orders/{shippedId}/satisfaction", new { comment = "Fine" });
        using var longComment = await rep.PostAsJsonAsync($"/api/orders/{shippedId}/satisfaction", new { score = 3, comment = new string('x', 501) });
        using var noCustomer = await rep.PostAsJsonAsync($"/api/orders/{shippedId}/satisfaction", new { score = 5 });
        using var withoutKey = await anonymous.PostAsJsonAsync($"/api/orders/{shippedId}/satisfaction", new { score = 5 });

        await notShipped.ShouldBeProblemAsync(HttpStatusCode.Conflict, "state");
        await unknown.ShouldBeProblemAsync(HttpStatusCode.NotFound, "id");
        await tooHigh.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "score");
        await missing.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "score");
        await longComment.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "comment");
        await noCustomer.ShouldBeProblemAsync(HttpStatusCode.Conflict, "customerNumber");
        withoutKey.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task CustomerWhoseLaterHalfYearFellTenAndAHalfPercentIsInDeclineAndWorthItsDiscountedMargin()
    {
        await using var loop = await ErpLoop.StartWithSalesRepAsync();
        using var rep = loop.SalesRep();
        await RegisterAsync(rep, "C-5100");
        // The worked example of docs/crm-analysis.md: 100, 100, 100, 90, 89 over 2024Q4..2025Q4.
        var sales = new (Quarter Quarter, decimal Amount)[] { (new(2024, 4), 100m), (new(2025, 1), 100m), (new(2025, 2), 100m), (new(2025, 3), 90m), (new(2025, 4), 89m) };
        foreach (var (quarter, amount) in sales) await RecordAsync(loop, "C-5100", InteractionKind.OrderPlaced, quarter, $"CO-{quarter}", amount);

        var lifecycle = await rep.GetFromJsonAsync<JsonElement>("/api/customers/C-5100/lifecycle?asOf=2025Q4");
        var threeYears = await rep.GetFromJsonAsync<JsonElement>(
            "/api/customers/C-5100/lifetime-value?asOf=2025Q4&marginRate=0.5&retention=0.8&discountRate=0.1&horizonYears=3");
        var perpetual = await rep.GetFromJsonAsync<JsonElement>("/api/customers/C-5100/lifetime-value?asOf=2025Q4");
        var diverging = await rep.GetFromJsonAsync<JsonElement>("/api/customers/C-5100/lifetime-value?asOf=2025Q4&retention=1&discountRate=0");
        var now = await rep.GetFromJsonAsync<JsonElement>("/api/customers/C-5100/lifecycle");

        lifecycle.GetProperty("stage").GetString().ShouldBe("decline");
        (lifecycle.GetProperty("firstOrder").GetString(), lifecycle.GetProperty("lastOrder").GetString()).ShouldBe(("2024Q4", "2025Q4"));
        (lifecycle.GetProperty("earlierHalfYear").GetDecimal(), lifecycle.GetProperty("laterHalfYear").GetDecimal()).ShouldBe((200m, 179m));
        lifecycle.GetProperty("explanation").GetString()!.ShouldContain("-10.5");
        // Basis 2025Q1..Q4 = 379; margin 189.50; 189.50/1.1 + 189.50·0.8/1.21 + 189.50·0.64/1.331 = 388.68.
        threeYears.GetProperty("annualSales").GetDecimal().ShouldBe(379m);
        threeYears.GetProperty("annualMargin").GetDecimal().ShouldBe(189.50m);
        threeYears.GetProperty("value").GetDecimal().ShouldBe(388.68m);
        threeYears.GetProperty("basisQuarters").EnumerateArray().Select(q => q.GetString()).ShouldBe(["2025Q1", "2025Q2", "2025Q3", "2025Q4"]);
        // Defaults 30 %, 80 %, 10 %, without end: 113.70 / (1.1 − 0.8) = 379.00.
        perpetual.GetProperty("value").GetDecimal().ShouldBe(379.00m);
        perpetual.GetProperty("horizonYears").ValueKind.ShouldBe(JsonValueKind.Null);
        diverging.GetProperty("value").ValueKind.ShouldBe(JsonValueKind.Null);
        diverging.GetProperty("reason").GetString()!.ShouldContain("diverges");
        // A year without orders up to the current quarter: lapsed.
        now.GetProperty("stage").GetString().ShouldBe("lapsed");
        now.GetProperty("asOf").GetString().ShouldBe(Quarter.From(DateOnly.FromDateTime(DateTime.UtcNow)).ToString());
    }

    [Fact]
    public async Task LifetimeValueParametersOutOfRangeAreRefusedByName()
    {
        await using var loop = await ErpLoop.StartWithSalesRepAsync();
        using var rep = loop.SalesRep();
        await RegisterAsync(rep, "C-5200");
        var future = Quarter.From(DateOnly.FromDateTime(DateTime.UtcNow)).Next;

        using var retention = await rep.GetAsync("/api/customers/C-5200/lifetime-value?retention=1.5");
        using var discount = await rep.GetAsync("/api/customers/C-5200/lifetime-value?discountRate=-1");
        using var horizon = await rep.GetAsync("/api/customers/C-5200/lifetime-value?horizonYears=0");
        using var margin = await rep.GetAsync("/api/customers/C-5200/lifetime-value?marginRate=thirty");
        using var asOf = await rep.GetAsync($"/api/customers/C-5200/lifecycle?asOf={future}");
        using var unknown = await rep.GetAsync("/api/customers/C-5299/lifetime-value");

        await retention.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "retention");
        await discount.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "discountRate");
        await horizon.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "horizonYears");
        await margin.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "marginRate");
        await asOf.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "asOf");
        await unknown.ShouldBeProblemAsync(HttpStatusCode.NotFound, "number");
    }

    [Theory]
    [InlineData(Database.Sqlite)]
    [InlineData(Database.PostgreSql)]
    public async Task MetricsByQuarterFollowTheWorkedExampleAcrossCustomers(Database database)
    {
        await using var loop = await ErpLoop.StartWithSalesRepAsync(database);
        using var rep = loop.SalesRep();
        foreach (var c in new[] { "C-A", "C-B", "C-C", "C-D", "C-E" }) await RegisterAsync(rep, c);
        var (q3, q4) = (new Quarter(2025, 3), new Quarter(2025, 4));
        // C-A also ordered long before: in 2025Q3 it is not new.
        await RecordAsync(loop, "C-A", InteractionKind.OrderPlaced, new Quarter(2024, 1), "CO-OLD", 10m);
        foreach (var c in new[] { "C-A", "C-B", "C-C", "C-D" }) await RecordAsync(loop, c, InteractionKind.OrderPlaced, q3, $"CO-{c}-3", 10m);
        foreach (var c in new[] { "C-A", "C-B", "C-E" }) await RecordAsync(loop, c, InteractionKind.OrderPlaced, q4, $"CO-{c}-4", 10m);
        for (var n = 1; n <= 4; n++) await RecordAsync(loop, "C-A", InteractionKind.QuoteGiven, q3, $"Q-{n}");
        await RecordAsync(loop, "C-A", InteractionKind.QuoteAccepted, q3, "Q-1");
        await RecordAsync(loop, "C-B", InteractionKind.QuoteAccepted, q4, "Q-2");
        foreach (var s in new[] { 5m, 4m, 4m, 2m }) await RecordAsync(loop, "C-C", InteractionKind.SatisfactionRated, q4, "CO-C-C-3", s);

        var report = await rep.GetFromJsonAsync<JsonElement>("/api/metrics?from=2025Q3&to=2025Q4");

        report.GetProperty("quarters").EnumerateArray().Select(q => q.GetProperty("period").GetString()).ShouldBe(["2025Q3", "2025Q4"]);
        var third = report.GetProperty("quarters")[0];
        var fourth = report.GetProperty("quarters")[1];
        third.GetProperty("activeCustomers").GetInt32().ShouldBe(4);
        third.GetProperty("newCustomerRate").GetProperty("value").GetDecimal().ShouldBe(0.75m);
        third.GetProperty("retentionRate").GetProperty("undefinedReason").GetString().ShouldBe("No active customers in the previous period.");
        third.GetProperty("quoteToOrderConversion").GetProperty("value").GetDecimal().ShouldBe(0.5m);
        fourth.GetProperty("activeCustomers").GetInt32().ShouldBe(3);
        fourth.GetProperty("retentionRate").GetProperty("value").GetDecimal().ShouldBe(0.5m);
        fourth.GetProperty("churnRate").GetProperty("value").GetDecimal().ShouldBe(0.5m);
        fourth.GetProperty("newCustomerRate").GetProperty("numerator").GetDecimal().ShouldBe(1m);
        fourth.GetProperty("averageSatisfaction").GetProperty("value").GetDecimal().ShouldBe(3.75m);
        fourth.GetProperty("quoteToOrderConversion").GetProperty("value").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task MetricsRefuseBackwardsLongAndMalformedSpansAndOperationsKeys()
    {
        await using var loop = await ErpLoop.StartWithSalesRepAsync();
        using var rep = loop.SalesRep();

        using var backwards = await rep.GetAsync("/api/metrics?from=2025Q4&to=2025Q3");
        using var tooLong = await rep.GetAsync("/api/metrics?from=2015Q3&to=2025Q3");
        using var longest = await rep.GetAsync("/api/metrics?from=2015Q4&to=2025Q3");
        using var malformed = await rep.GetAsync("/api/metrics?from=2025Q5&to=2025Q3");
        using var operations = await loop.Client.GetAsync("/api/metrics");

        await backwards.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "to");
        await tooLong.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "to");
        longest.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await longest.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("quarters").GetArrayLength().ShouldBe(Configurator.Web.Apis.CustomerAnalysisApi.MaxQuarters);
        await malformed.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "from");
        operations.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
