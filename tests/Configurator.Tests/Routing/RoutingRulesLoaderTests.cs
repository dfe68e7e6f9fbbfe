using System.Text.Json.Nodes;
using Configurator.Orders.Routing;
using Configurator.Tests.Support;

namespace Configurator.Tests.Routing;

/// <summary>Broken routing files are reported with file and JSON path, and never half-load.</summary>
public class RoutingRulesLoaderTests
{
    private const string File = "routing/order-routing.json";

    private static JsonNode TargetRule(JsonNode routing, int index) => routing[0]!["Rules"]![index]!;

    [Fact]
    public async Task ReferenceRulesLoadWithoutErrors()
    {
        var result = await RoutingRulesLoader.LoadAsync(RulesFolder.Repository);

        result.Errors.ShouldBeEmpty();
        result.Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task MalformedJsonIsReportedWithTheFileAndLine()
    {
        using var rules = new RulesFolder();
        rules.Write(File, "[\n  { \"WorkflowName\": \"erp-target\", ");

        var result = await RoutingRulesLoader.LoadAsync(rules.Path);

        result.Succeeded.ShouldBeFalse();
        var error = result.Errors.ShouldHaveSingleItem();
        error.File.ShouldBe(File);
        error.Message.ShouldContain("line 2");
    }

    [Fact]
    public async Task SchemaViolationIsReportedWithTheFileAndJsonPath()
    {
        using var rules = new RulesFolder();
        rules.Edit(File, n => n[1]!["Rules"]![2]!["Expression"] = 42);

        var result = await RoutingRulesLoader.LoadAsync(rules.Path);

        result.Succeeded.ShouldBeFalse();
        result.Errors.ShouldContain(e => e.File == File && e.JsonPath == "$[1].Rules[2].Expression");
    }

    [Fact]
    public async Task ExpressionThatDoesNotCompileIsReportedAtItsExpression()
    {
        using var rules = new RulesFolder();
        rules.Edit(File, n => n[1]!["Rules"]![0]!["Expression"] = "order.NoSuchFact > 3");

        var result = await RoutingRulesLoader.LoadAsync(rules.Path);

        var error = result.Errors.ShouldHaveSingleItem();
        error.File.ShouldBe(File);
        error.JsonPath.ShouldBe("$[1].Rules[0].Expression");
        error.Message.ShouldContain("NoSuchFact");
    }

    [Fact]
    public async Task ErpTargetRuleWithoutAdapterIsReportedAtTheMissingProperty()
    {
        using var rules = new RulesFolder();
        rules.Edit(File, n => TargetRule(n, 3)["Properties"]!.AsObject().Remove("adapter"));

        var result = await RoutingRulesLoader.LoadAsync(rules.Path);

        var error = result.Errors.ShouldHaveSingleItem();
        error.File.ShouldBe(File);
        error.JsonPath.ShouldBe("$[0].Rules[3].Properties.adapter");
        error.Message.ShouldContain("erp-target");
    }

    [Fact]
    public async Task ErpTargetRuleWithoutPropertiesIsReportedForEachMissingOne()
    {
        using var rules = new RulesFolder();
        rules.Edit(File, n => TargetRule(n, 0).AsObject().Remove("Properties"));

        var result = await RoutingRulesLoader.LoadAsync(rules.Path);

        result.Errors.Select(e => e.JsonPath).ShouldBe(
            ["$[0].Rules[0].Properties.adapter", "$[0].Rules[0].Properties.company", "$[0].Rules[0].Properties.plant"]);
    }

    [Fact]
    public async Task UnknownAdapterIsReportedWithTheAllowedOnes()
    {
        using var rules = new RulesFolder();
        rules.Edit(File, n => TargetRule(n, 1)["Properties"]!["adapter"] = "oracle-ebs");

        var result = await RoutingRulesLoader.LoadAsync(rules.Path);

        var error = result.Errors.ShouldHaveSingleItem();
        error.File.ShouldBe(File);
        error.JsonPath.ShouldBe("$[0].Rules[1].Properties.adapter");
        error.Message.ShouldContain("oracle-ebs");
        error.Message.ShouldContain("business-central");
    }

    [Fact]
    public async Task DuplicateRuleNameIsReportedAtTheSecondRule()
    {
        using var rules = new RulesFolder();
        rules.Edit(File, n => n[2]!["Rules"]![1]!["RuleName"] = "public-sector");

        var result = await RoutingRulesLoader.LoadAsync(rules.Path);

        var error = result.Errors.ShouldHaveSingleItem();
        error.File.ShouldBe(File);
        error.JsonPath.ShouldBe("$[2].Rules[1].RuleName");
    }

    [Fact]
    public async Task SameRuleNameInAnotherFileOfTheSameWorkflowIsADuplicate()
    {
        using var rules = new RulesFolder();
        rules.Write("routing/zz-extra.json",
            """[{ "WorkflowName": "approval", "Rules": [{ "RuleName": "customer-on-credit-hold", "Expression": "true", "ErrorMessage": "again" }] }]""");

        var result = await RoutingRulesLoader.LoadAsync(rules.Path);

        result.Errors.ShouldHaveSingleItem().ShouldBe(result.Errors[0] with { File = "routing/zz-extra.json", JsonPath = "$[0].Rules[0].RuleName" });
    }

    [Fact]
    public async Task UnknownWorkflowNameIsReported()
    {
        using var rules = new RulesFolder();
        rules.Edit(File, n => n[2]!["WorkflowName"] = "priorities");

        var result = await RoutingRulesLoader.LoadAsync(rules.Path);

        var error = result.Errors.ShouldHaveSingleItem();
        error.JsonPath.ShouldBe("$[2].WorkflowName");
        error.Message.ShouldContain("priorities");
    }

    [Fact]
    public async Task PropertyThatBelongsToAnotherWorkflowIsReported()
    {
        using var rules = new RulesFolder();
        rules.Edit(File, n => n[2]!["Rules"]![0]!["Properties"]!["plant"] = "EU-CORK");

        var result = await RoutingRulesLoader.LoadAsync(rules.Path);

        result.Errors.ShouldHaveSingleItem().JsonPath.ShouldBe("$[2].Rules[0].Properties.plant");
    }

    [Fact]
    public async Task ApprovalRuleWithoutReasonIsReported()
    {
        using var rules = new RulesFolder();
        rules.Edit(File, n => n[1]!["Rules"]![1]!.AsObject().Remove("ErrorMessage"));

        var result = await RoutingRulesLoader.LoadAsync(rules.Path);

        result.Errors.ShouldHaveSingleItem().JsonPath.ShouldBe("$[1].Rules[1].ErrorMessage");
    }

    [Fact]
    public async Task EmptyRoutingFolderIsAnError()
    {
        using var rules = new RulesFolder();
        System.IO.File.Delete(Path.Combine(rules.Path, File));

        var result = await RoutingRulesLoader.LoadAsync(rules.Path);

        result.Succeeded.ShouldBeFalse();
        result.Errors.ShouldHaveSingleItem().Message.ShouldContain("No routing rules");
    }

    [Fact]
    public async Task MissingRoutingFolderIsAnError()
    {
        using var rules = new RulesFolder();
        Directory.Delete(Path.Combine(rules.Path, "routing"), recursive: true);

        var result = await RoutingRulesLoader.LoadAsync(rules.Path);

        result.Errors.ShouldHaveSingleItem().File.ShouldBe("routing");
    }

    [Fact]
    public async Task RulesWithoutAnyErpTargetRuleAreAnError()
    {
        using var rules = new RulesFolder();
        rules.Edit(File, n => n.AsArray().RemoveAt(0));

        var result = await RoutingRulesLoader.LoadAsync(rules.Path);

        result.Errors.ShouldHaveSingleItem().Message.ShouldContain("erp-target");
    }

    [Fact]
    public async Task NoMatchingTargetRuleGivesAnErrorNamingFamilyAndRegion()
    {
        using var rules = new RulesFolder();
        rules.Edit(File, n => n[0]!["Rules"]!.AsArray().RemoveAt(9));
        var loaded = (await RoutingRulesLoader.LoadAsync(rules.Path)).Rules.ShouldNotBeNull();

        var result = loaded.Decide(RoutingOrders.Plain("rack-server", "ANTARCTICA"));

        result.Decision.ShouldBeNull();
        result.Error.ShouldNotBeNull();
        result.Error.ShouldContain("rack-server");
        result.Error.ShouldContain("ANTARCTICA");
    }

    [Fact]
    public async Task RuleThatThrowsWhileDecidingGivesAnErrorNamingTheRule()
    {
        using var rules = new RulesFolder();
        rules.Edit(File, n => n[1]!["Rules"]![0]!["Expression"] = "order.OrderValue / (order.Quantity - order.Quantity) > 1");
        var loaded = (await RoutingRulesLoader.LoadAsync(rules.Path)).Rules.ShouldNotBeNull();

        var result = loaded.Decide(RoutingOrders.Plain());

        result.Decision.ShouldBeNull();
        result.Error.ShouldNotBeNull();
        result.Error.ShouldContain("approval/order-value-above-limit");
    }

    [Fact]
    public async Task DisabledRuleNeverFires()
    {
        using var rules = new RulesFolder();
        rules.Edit(File, n => n[1]!["Rules"]![2]!["Enabled"] = false);
        var loaded = (await RoutingRulesLoader.LoadAsync(rules.Path)).Rules.ShouldNotBeNull();

        var decision = loaded.Decide(RoutingOrders.Plain() with { CustomerOnCreditHold = true }).Decision.ShouldNotBeNull();

        decision.NeedsApproval.ShouldBeFalse();
    }

    [Fact]
    public async Task VersionChangesWithTheRoutingFilesOnly()
    {
        using var rules = new RulesFolder();
        var first = (await RoutingRulesLoader.LoadAsync(rules.Path)).Rules!.Version;
        rules.Edit("catalog/rack-server.json", n => n["basePrice"] = 1.5m);
        var afterCatalogEdit = (await RoutingRulesLoader.LoadAsync(rules.Path)).Rules!.Version;
        rules.Edit(File, n => TargetRule(n, 0)["Properties"]!["plant"] = "EU-DUBLIN");
        var afterRoutingEdit = (await RoutingRulesLoader.LoadAsync(rules.Path)).Rules!.Version;

        afterCatalogEdit.ShouldBe(first);
        afterRoutingEdit.ShouldNotBe(first);
    }
}
