using System.Text.Json.Nodes;
using Configurator.Catalog.Loading;
using Configurator.Tests.Support;

namespace Configurator.Tests.Loading;

public class ModelLoaderTests
{
    [Fact]
    public async Task BrokenJsonIsReportedWithTheFileAndLine()
    {
        using var rules = new RulesFolder();
        rules.Write("catalog/rack-server.json", "{ \"id\": \"rack-server\", ");

        var result = await ModelLoader.LoadAsync(rules.Path);

        result.Succeeded.ShouldBeFalse();
        var error = result.Errors.ShouldHaveSingleItem();
        error.File.ShouldBe("catalog/rack-server.json");
        error.Message.ShouldContain("line");
    }

    [Fact]
    public async Task SchemaViolationIsReportedWithTheFileAndJsonPath()
    {
        using var rules = new RulesFolder();
        rules.Edit("catalog/business-laptop.json", n => n["groups"]![2]!["options"]![0]!["leadTimeDays"] = "soon");

        var result = await ModelLoader.LoadAsync(rules.Path);

        result.Errors.ShouldContain(e => e.File == "catalog/business-laptop.json" && e.JsonPath == "$.groups[2].options[0].leadTimeDays");
    }

    [Fact]
    public async Task MisspelledPropertyIsCaughtByTheSchema()
    {
        using var rules = new RulesFolder();
        rules.Edit("catalog/business-laptop.json", n => n["groups"]![0]!["options"]![0]!["listPirce"] = 10);

        var result = await ModelLoader.LoadAsync(rules.Path);

        result.Errors.ShouldContain(e => e.File == "catalog/business-laptop.json" && e.JsonPath.StartsWith("$.groups[0].options[0]"));
    }

    [Fact]
    public async Task ConstraintNamingAnUnknownOptionIsReportedAtItsPath()
    {
        using var rules = new RulesFolder();
        rules.Edit("catalog/desktop-workstation.json", n =>
            n["constraints"]!.AsArray().Add(new JsonObject { ["id"] = "typo", ["type"] = "requires", ["option"] = "no-such-part", ["requires"] = new JsonArray("no-such-fan") }));

        var result = await ModelLoader.LoadAsync(rules.Path);

        var count = JsonNode.Parse(File.ReadAllText(Path.Combine(rules.Path, "catalog/desktop-workstation.json")))!["constraints"]!.AsArray().Count;
        result.Errors.ShouldContain(e => e.File == "catalog/desktop-workstation.json" && e.JsonPath == $"$.constraints[{count - 1}].option");
        result.Errors.ShouldContain(e => e.JsonPath == $"$.constraints[{count - 1}].requires[0]");
    }

    [Fact]
    public async Task BusinessRuleThatDoesNotCompileIsReportedAtItsExpression()
    {
        using var rules = new RulesFolder();
        rules.Edit("validation/business-rules.json", n => n[0]!["Rules"]![0]!["Expression"] = "config.NoSuchMember > 3");

        var result = await ModelLoader.LoadAsync(rules.Path);

        var error = result.Errors.ShouldHaveSingleItem();
        error.File.ShouldBe("validation/business-rules.json");
        error.JsonPath.ShouldBe("$[0].Rules[0].Expression");
    }

    [Fact]
    public async Task DuplicateOptionIdIsReported()
    {
        using var rules = new RulesFolder();
        rules.Edit("catalog/rack-server.json", n =>
            n["groups"]![1]!["options"]![0]!["id"] = n["groups"]![0]!["options"]![0]!["id"]!.GetValue<string>());

        var result = await ModelLoader.LoadAsync(rules.Path);

        result.Errors.ShouldContain(e => e.JsonPath == "$.groups[1].options[0].id");
    }

    [Fact]
    public async Task StoreKeepsServingTheLastGoodModelWhenAReloadFails()
    {
        using var rules = new RulesFolder();
        var store = new ProductModelStore(rules.Path, TimeProvider.System);
        (await store.ReloadAsync()).Succeeded.ShouldBeTrue();
        var good = store.Current;

        rules.Write("catalog/rack-server.json", "[]");
        (await store.ReloadAsync()).Succeeded.ShouldBeFalse();

        store.Current.ShouldBeSameAs(good);
        store.Status.Errors.ShouldNotBeEmpty();
        store.Status.Errors[0].File.ShouldBe("catalog/rack-server.json");
    }

    [Fact]
    public async Task ModelVersionIsTheContentHash()
    {
        using var rules = new RulesFolder();
        var first = (await ModelLoader.LoadAsync(rules.Path)).Model!.Version;
        var again = (await ModelLoader.LoadAsync(rules.Path)).Model!.Version;
        rules.Edit("catalog/rack-server.json", n => n["basePrice"] = 1.5m);
        var changed = (await ModelLoader.LoadAsync(rules.Path)).Model!.Version;

        again.ShouldBe(first);
        changed.ShouldNotBe(first);
    }
}
