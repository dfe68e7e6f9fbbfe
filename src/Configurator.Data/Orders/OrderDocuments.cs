using System.Text.Json;
using System.Text.Json.Serialization;
using Configurator.Catalog.Bom;
using Configurator.Catalog.Model;
using Configurator.Orders.Model;
using Configurator.Orders.Routing;
using Erp.Abstractions;

namespace Configurator.Data.Orders;

/// <summary>The JSON shapes of an order's snapshot, details and routing: plain values, so stored orders outlive refactorings.</summary>
internal static class OrderDocuments
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    internal sealed record Snapshot(string FamilyId, string FamilyName, string ModelVersion, Guid ConfigurationId, string[] Picks, string[] Implied,
        Option[] Options, string Region, DateOnly Date, int Quantity, string Segment, decimal UnitPrice, decimal TotalPrice, string Currency,
        int LeadTimeDays, Bom[] Bom, string? QuoteNumber = null);

    internal sealed record Option(string Id, string GroupId, string Name, decimal Price);

    internal sealed record Bom(string Sku, decimal Quantity, string Unit, string Plant, string[] Sources);

    internal sealed record Details(string CustomerNumber, ShipTo ShipTo, DateOnly RequestedDate);

    internal sealed record Routing(string Adapter, string Company, string Plant, bool NeedsApproval, string[] ApprovalReasons,
        OrderPriority Priority, string[] RulesApplied, string RulesVersion);

    public static string Write(OrderSnapshot s) => JsonSerializer.Serialize(new Snapshot(s.FamilyId, s.FamilyName, s.ModelVersion.Value,
        s.ConfigurationId, [.. s.Picks], [.. s.Implied], [.. s.Options.Select(o => new Option(o.Id, o.GroupId, o.Name, o.Price.Amount))],
        s.Context.Region, s.Context.Date, s.Context.Quantity, s.Context.Segment, s.UnitPrice.Amount, s.TotalPrice.Amount, s.TotalPrice.Currency,
        s.LeadTimeDays, [.. s.Bom.Select(b => new Bom(b.Sku.Value, b.Quantity, b.Unit, b.Plant, [.. b.Sources]))], s.QuoteNumber), Json);

    public static OrderSnapshot ReadSnapshot(string json)
    {
        var s = JsonSerializer.Deserialize<Snapshot>(json, Json)!;
        return new OrderSnapshot(s.FamilyId, s.FamilyName, new ModelVersion(s.ModelVersion), s.ConfigurationId, s.Picks, s.Implied,
            [.. s.Options.Select(o => new OrderedOption(o.Id, o.GroupId, o.Name, new Money(o.Price, s.Currency)))],
            new SelectionContext(s.Region, s.Date, s.Quantity, s.Segment), new Money(s.UnitPrice, s.Currency), new Money(s.TotalPrice, s.Currency),
            s.LeadTimeDays, [.. s.Bom.Select(b => new BomLine(new Sku(b.Sku), b.Quantity, b.Unit, b.Plant, b.Sources))], s.QuoteNumber);
    }

    public static string Write(OrderDetails d) => JsonSerializer.Serialize(new Details(d.CustomerNumber, d.ShipTo, d.RequestedDate), Json);

    public static OrderDetails ReadDetails(string json)
    {
        var d = JsonSerializer.Deserialize<Details>(json, Json)!;
        return new OrderDetails(d.CustomerNumber, d.ShipTo, d.RequestedDate);
    }

    public static string Write(OrderRouting r) => JsonSerializer.Serialize(new Routing(r.Target.Adapter, r.Target.Company, r.Target.Plant,
        r.NeedsApproval, [.. r.ApprovalReasons], r.Priority, [.. r.RulesApplied], r.RulesVersion), Json);

    public static OrderRouting ReadRouting(string json)
    {
        var r = JsonSerializer.Deserialize<Routing>(json, Json)!;
        return new OrderRouting(new ErpTarget(r.Adapter, r.Company, r.Plant), r.NeedsApproval, r.ApprovalReasons, r.Priority, r.RulesApplied, r.RulesVersion);
    }
}
