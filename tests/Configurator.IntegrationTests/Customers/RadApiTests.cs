using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Configurator.Crm.Analysis;
using Configurator.IntegrationTests.Support;

namespace Configurator.IntegrationTests.Customers;

/// <summary>RAD over the API: a key account's orders and buying power become quarterly snapshots, classes and transitions.</summary>
public class RadApiTests
{
    private const string RepKey = "test-sales-rep-key-000000000000002";

    [Fact]
    public async Task KeyAccountGrowsFromAcquisitionToDevelopmentWhenItsOrdersReachThirtyPercentOfItsBuyingPower()
    {
        await using var loop = await ErpLoop.StartAsync(Database.Sqlite, null,
            $"Security:ApiKeys:2:Key={RepKey}", "Security:ApiKeys:2:Name=test-rep", "Security:ApiKeys:2:Roles:0=sales-rep");
        using var rep = loop.App.ClientWith(("X-Api-Key", RepKey));
        using var manager = loop.Manager();
        var current = Quarter.From(DateOnly.FromDateTime(DateTime.UtcNow));
        var previous = current.Previous;
        (await rep.PostAsJsonAsync("/api/customers", new
        {
            number = "C-4000", kind = "business", name = "Fabrikam Inc",
            address = new { street = "1 Industrial Way", city = "Austin", postalCode = "73301", country = "US" },
        })).StatusCode.ShouldBe(HttpStatusCode.Created);
        using var tracked = await rep.PutAsJsonAsync("/api/customers/C-4000/key-account", new
        {
            industry = "Energy", employees = 800, customerType = "Enterprise", customerCode = "KA-40",
            accountManager = "sales:anna", technicalSupportOwner = "support:li", stage = "won",
        });
        tracked.StatusCode.ShouldBe(HttpStatusCode.OK, await tracked.Content.ReadAsStringAsync());
        var configuration = await loop.SaveConfigurationAsync("business-laptop", "NA");
        var order = await loop.PlaceAsync(ErpLoop.OrderBody(configuration, quantity: 3, customer: "C-4000"));
        var total = order.GetProperty("product").GetProperty("totalPrice").GetDecimal();
        using var estimated = await rep.PostAsJsonAsync("/api/customers/C-4000/buying-power",
            new { amount = total / 0.3m, since = previous.Start.ToString("yyyy-MM-dd"), note = "Annual IT budget from the customer" });
        estimated.StatusCode.ShouldBe(HttpStatusCode.OK, await estimated.Content.ReadAsStringAsync());

        using var earlier = await manager.PostAsync($"/api/rad/{previous}/run", null);
        earlier.StatusCode.ShouldBe(HttpStatusCode.OK, await earlier.Content.ReadAsStringAsync());
        var run = await (await manager.PostAsync($"/api/rad/{current}/run", null)).Content.ReadFromJsonAsync<JsonElement>();
        var development = await rep.GetFromJsonAsync<JsonElement>($"/api/rad/{current}?class=development");
        var retention = await rep.GetFromJsonAsync<JsonElement>($"/api/rad/{current}?class=retention");
        var transitions = await rep.GetFromJsonAsync<JsonElement>($"/api/rad/transitions?from={previous}&to={current}");

        var snapshot = run.EnumerateArray().Single();
        snapshot.GetProperty("sales").GetDecimal().ShouldBe(total);
        snapshot.GetProperty("shareOfWallet").GetDecimal().ShouldBe(0.3m, 0.0001m);
        snapshot.GetProperty("class").GetString().ShouldBe("development");
        development.EnumerateArray().Select(s => s.GetProperty("account").GetString()).ShouldBe(["C-4000"]);
        retention.GetArrayLength().ShouldBe(0);
        var growing = transitions.GetProperty("growing").EnumerateArray().Single();
        (growing.GetProperty("from").GetString(), growing.GetProperty("to").GetString()).ShouldBe(("acquisition", "development"));
        var account = (await rep.GetFromJsonAsync<JsonElement>("/api/customers/C-4000")).GetProperty("accountClass");
        (account.GetProperty("class").GetString(), account.GetProperty("quarter").GetString()).ShouldBe(("development", current.ToString()));
    }

    [Fact]
    public async Task ConfiguredRetentionThresholdClassifiesThirtyPercentAsRetention()
    {
        await using var loop = await ErpLoop.StartAsync(Database.Sqlite, null,
            $"Security:ApiKeys:2:Key={RepKey}", "Security:ApiKeys:2:Name=test-rep", "Security:ApiKeys:2:Roles:0=sales-rep",
            "Crm:Rad:RetentionFrom=0.30", "Crm:Rad:DevelopmentFrom=0.10");
        using var rep = loop.App.ClientWith(("X-Api-Key", RepKey));
        using var manager = loop.Manager();
        var current = Quarter.From(DateOnly.FromDateTime(DateTime.UtcNow));
        (await rep.PostAsJsonAsync("/api/customers", new
        {
            number = "C-4100", kind = "business", name = "Northwind Traders",
            address = new { street = "2 Harbour Road", city = "Seattle", postalCode = "98101", country = "US" },
        })).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await rep.PutAsJsonAsync("/api/customers/C-4100/key-account", new
        {
            industry = "Retail", employees = 300, customerType = "Enterprise", customerCode = "KA-41",
            accountManager = "sales:omar", technicalSupportOwner = "support:kim", stage = "won",
        })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var order = await loop.PlaceAsync(ErpLoop.OrderBody(await loop.SaveConfigurationAsync("business-laptop", "NA"), quantity: 2, customer: "C-4100"));
        var total = order.GetProperty("product").GetProperty("totalPrice").GetDecimal();
        (await rep.PostAsJsonAsync("/api/customers/C-4100/buying-power", new { amount = total / 0.3m, since = current.Start.ToString("yyyy-MM-dd") }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        var run = await (await manager.PostAsync($"/api/rad/{current}/run", null)).Content.ReadFromJsonAsync<JsonElement>();

        run.EnumerateArray().Single().GetProperty("class").GetString().ShouldBe("retention");
    }

    [Fact]
    public async Task ThresholdsInTheWrongOrderStopTheAppAtStart()
    {
        var failure = await Should.ThrowAsync<Microsoft.Extensions.Options.OptionsValidationException>(async () =>
        {
            await using var app = await RunningApp.StartAsync(Database.Sqlite, "Crm:Rad:RetentionFrom=0.10", "Crm:Rad:DevelopmentFrom=0.20");
        });
        failure.Message.ShouldContain("Crm:Rad");
    }

    [Fact]
    public async Task RadRunsAreForTheSalesManagerAndOnlyForQuartersThatHaveBegun()
    {
        await using var loop = await ErpLoop.StartAsync(Database.Sqlite, null,
            $"Security:ApiKeys:2:Key={RepKey}", "Security:ApiKeys:2:Name=test-rep", "Security:ApiKeys:2:Roles:0=sales-rep");
        using var rep = loop.App.ClientWith(("X-Api-Key", RepKey));
        using var manager = loop.Manager();
        var future = Quarter.From(DateOnly.FromDateTime(DateTime.UtcNow)).Next.Next;

        using var byRep = await rep.PostAsync($"/api/rad/{future.Previous.Previous}/run", null);
        using var notBegun = await manager.PostAsync($"/api/rad/{future}/run", null);
        using var malformed = await rep.GetAsync("/api/rad/2026-Q5");
        using var backwards = await rep.GetAsync("/api/rad/transitions?from=2026Q4&to=2026Q3");

        await byRep.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "X-Api-Key");
        await notBegun.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "quarter");
        await malformed.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "quarter");
        await backwards.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "to");
    }
}
