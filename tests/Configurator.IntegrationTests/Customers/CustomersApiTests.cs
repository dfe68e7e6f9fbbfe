using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Configurator.IntegrationTests.Support;

namespace Configurator.IntegrationTests.Customers;

/// <summary>The customer database through the API, with a sales rep's key; orders land on the customer's timeline.</summary>
public class CustomersApiTests
{
    private const string RepKey = "test-sales-rep-key-000000000000001";

    private static Task<ErpLoop> StartAsync() => ErpLoop.StartAsync(Database.Sqlite, null,
        $"Security:ApiKeys:2:Key={RepKey}", "Security:ApiKeys:2:Name=test-rep", "Security:ApiKeys:2:Roles:0=sales-rep");

    private static object Business(string number) => new
    {
        number, kind = "business", name = "Contoso GmbH", email = "buyer@contoso.example",
        address = new { street = "Hauptstrasse 1", city = "Berlin", postalCode = "10115", country = "DE" },
    };

    [Theory]
    [InlineData(Database.Sqlite)]
    [InlineData(Database.PostgreSql)]
    public async Task SalesDeskListsKeyAccountsOfOneManagerByNameAndPagesOn(Database database)
    {
        await using var app = await RunningApp.StartAsync(database, new Dictionary<string, string> { ["X-Api-Key"] = RepKey },
            $"Security:ApiKeys:0:Key={RepKey}", "Security:ApiKeys:0:Name=test-rep", "Security:ApiKeys:0:Roles:0=sales-rep");
        var rep = app.Client;
        foreach (var number in new[] { "C-3101", "C-3102", "C-3103" })
            (await rep.PostAsJsonAsync("/api/customers", Business(number))).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await rep.PostAsJsonAsync("/api/customers", new
        {
            number = "C-3104", kind = "consumer", name = "Robin Contoso",
            address = new { street = "1 Lane", city = "Bonn", postalCode = "53111", country = "DE" },
        })).StatusCode.ShouldBe(HttpStatusCode.Created);
        foreach (var (number, manager) in new[] { ("C-3101", "sales:anna"), ("C-3103", "sales:anna"), ("C-3102", "sales:omar") })
            (await rep.PutAsJsonAsync($"/api/customers/{number}/key-account", new
            {
                industry = "Retail", employees = 50, customerType = "SMB", customerCode = "KA", accountManager = manager,
                technicalSupportOwner = "support:li", stage = "qualified",
            })).EnsureSuccessStatusCode();

        var annas = await rep.GetFromJsonAsync<JsonElement>("/api/customers?keyAccounts=true&accountManager=sales:anna");
        var consumers = await rep.GetFromJsonAsync<JsonElement>("/api/customers?kind=consumer&q=contoso");
        var firstPage = await rep.GetFromJsonAsync<JsonElement>("/api/customers?q=CONTOSO&limit=2");
        var secondPage = await rep.GetFromJsonAsync<JsonElement>($"/api/customers?q=CONTOSO&limit=2&after={firstPage[1].GetProperty("number").GetString()}");
        using var badKind = await rep.GetAsync("/api/customers?kind=robot");
        using var badLimit = await rep.GetAsync("/api/customers?limit=0");
        using var badAfter = await rep.GetAsync("/api/customers?after=not%20a%20number");

        annas.EnumerateArray().Select(c => c.GetProperty("number").GetString()).ShouldBe(["C-3101", "C-3103"]);
        consumers.EnumerateArray().Select(c => c.GetProperty("number").GetString()).ShouldBe(["C-3104"]);
        firstPage.EnumerateArray().Concat(secondPage.EnumerateArray()).Select(c => c.GetProperty("number").GetString())
            .ShouldBe(["C-3101", "C-3102", "C-3103", "C-3104"]);
        await badKind.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "kind");
        await badLimit.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "limit");
        await badAfter.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "after");
    }

    [Fact]
    public async Task KeyAccountWithContactsActivitiesAndOrdersReadsBackAsOneTimeline()
    {
        await using var loop = await StartAsync();
        using var rep = loop.App.ClientWith(("X-Api-Key", RepKey));

        (await rep.PostAsJsonAsync("/api/customers", Business("C-3000"))).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await rep.PostAsJsonAsync("/api/customers/C-3000/contacts", new { name = "Dana Buyer", role = "decisionMaker" })).EnsureSuccessStatusCode();
        (await rep.PutAsJsonAsync("/api/customers/C-3000/key-account", new
        {
            industry = "Manufacturing", employees = 1200, customerType = "OEM", customerCode = "KA-17",
            accountManager = "sales:anna", technicalSupportOwner = "support:li", stage = "qualified",
        })).EnsureSuccessStatusCode();
        (await rep.PostAsJsonAsync("/api/customers/C-3000/interactions", new { kind = "visit", summary = "Workshop on the rollout" })).EnsureSuccessStatusCode();
        var configuration = await loop.SaveConfigurationAsync("business-laptop", "EU");
        var order = await loop.PlaceAsync(ErpLoop.OrderBody(configuration, quantity: 2, country: "DE", customer: "C-3000"));

        var customer = await rep.GetFromJsonAsync<JsonElement>("/api/customers/C-3000");
        var timeline = await rep.GetFromJsonAsync<JsonElement>("/api/customers/C-3000/timeline");

        customer.GetProperty("keyAccount").GetProperty("accountManager").GetString().ShouldBe("sales:anna");
        customer.GetProperty("contacts")[0].GetProperty("role").GetString().ShouldBe("decisionMaker");
        var purchase = customer.GetProperty("purchasesByFamily").EnumerateArray().Single();
        purchase.GetProperty("familyId").GetString().ShouldBe("business-laptop");
        purchase.GetProperty("value").GetDecimal().ShouldBe(order.GetProperty("product").GetProperty("totalPrice").GetDecimal());
        timeline.EnumerateArray().Select(i => i.GetProperty("kind").GetString()).ShouldBe(["funnelStageChanged", "visit", "orderPlaced"]);
        timeline[1].GetProperty("by").GetString().ShouldBe("user:test-rep");
    }

    [Fact]
    public async Task CustomerErrorsNameTheirFieldsAndNeedARepKey()
    {
        await using var loop = await StartAsync();
        using var rep = loop.App.ClientWith(("X-Api-Key", RepKey));
        using var anonymous = loop.App.ClientWith();

        using var invalid = await rep.PostAsJsonAsync("/api/customers", new { number = "lower", kind = "business", name = "", address = new { country = "Germany" } });
        using var withoutKey = await anonymous.PostAsJsonAsync("/api/customers", Business("C-3001"));
        using var operations = await loop.Client.GetAsync("/api/customers/C-3001");
        using var unknown = await rep.GetAsync("/api/customers/C-9999");
        (await rep.PostAsJsonAsync("/api/customers", Business("C-3001"))).StatusCode.ShouldBe(HttpStatusCode.Created);
        using var twice = await rep.PostAsJsonAsync("/api/customers", Business("C-3001"));
        using var systemKind = await rep.PostAsJsonAsync("/api/customers/C-3001/interactions", new { kind = "orderPlaced", summary = "Forged" });

        var errors = (await invalid.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "number")).GetProperty("errors");
        foreach (var field in new[] { "name", "address.street", "address.country" }) errors.TryGetProperty(field, out _).ShouldBeTrue(field);
        await withoutKey.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "X-Api-Key");
        await operations.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "X-Api-Key");
        await unknown.ShouldBeProblemAsync(HttpStatusCode.NotFound, "number");
        await twice.ShouldBeProblemAsync(HttpStatusCode.Conflict, "number");
        await systemKind.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "kind");
    }

    [Fact]
    public async Task ConsumerCannotBeMadeAKeyAccount()
    {
        await using var loop = await StartAsync();
        using var rep = loop.App.ClientWith(("X-Api-Key", RepKey));
        (await rep.PostAsJsonAsync("/api/customers", new
        {
            number = "P-1", kind = "consumer", name = "Jo Doe",
            address = new { street = "1 Elm Street", city = "Austin", postalCode = "73301", country = "US" },
        })).EnsureSuccessStatusCode();

        using var response = await rep.PutAsJsonAsync("/api/customers/P-1/key-account", new
        {
            industry = "Retail", employees = 1, customerType = "Private", customerCode = "X", accountManager = "sales:anna",
            technicalSupportOwner = "support:li", stage = "lead",
        });

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "number");
    }
}
