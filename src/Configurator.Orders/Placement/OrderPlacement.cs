using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Configurator.Catalog.Bom;
using Configurator.Catalog.Configurations;
using Configurator.Catalog.Engine;
using Configurator.Catalog.Loading;
using Configurator.Catalog.Model;
using Configurator.Catalog.Rules;
using Configurator.Orders.Model;
using Configurator.Orders.Routing;
using Configurator.Orders.Workflow;

namespace Configurator.Orders.Placement;

/// <summary>
/// Places an order from a saved configuration: re-validates it against the model served now,
/// prices it, routes it, explodes its BOM for the chosen plant, freezes all of it in the order,
/// and hands the order to its workflow. The same Idempotency-Key returns the same order.
/// </summary>
public sealed class OrderPlacement(
    ProductModelStore models,
    RoutingRulesStore routingRules,
    ConfigurationEngine engine,
    IConfigurationRepository configurations,
    ICustomerCreditCheck credit,
    IOrderRepository orders,
    IOrderStepScheduler steps,
    TimeProvider time)
{
    public async Task<PlacementResult> PlaceAsync(PlaceOrderRequest request, string? idempotencyKey, string actor, CancellationToken cancellationToken)
    {
        var key = idempotencyKey is null ? null : new PlacementKey(idempotencyKey, Fingerprint(request));
        if (key is not null && await Replay(key, cancellationToken) is { } replay) return replay;

        var saved = await configurations.FindAsync(request.ConfigurationId, cancellationToken);
        if (saved is null)
            return PlacementResult.Failed(PlacementFailure.NotFound, "configurationId", $"There is no saved configuration '{request.ConfigurationId}'.");

        var now = time.GetUtcNow();
        var model = models.Current;
        if (!model.TryGetFamily(saved.FamilyId, out var family))
            return PlacementResult.Failed(PlacementFailure.Unprocessable, "configurationId", $"Family '{saved.FamilyId}' is no longer offered.");
        if (!family.Family.Quantity.Contains(request.Quantity))
            return PlacementResult.Failed(PlacementFailure.Unprocessable, "quantity",
                $"Quantity must be between {family.Family.Quantity.Min} and {family.Family.Quantity.Max} for {family.Family.Name}.");

        var withdrawn = saved.Picks.Where(p => !family.Family.TryGetOption(p, out _)).ToArray();
        if (withdrawn.Length > 0)
            return PlacementResult.Failed(PlacementFailure.Unprocessable, "configurationId",
                [.. withdrawn.Select(p => $"Option '{p}' is no longer offered (the product model changed since the configuration was saved).")]);

        var context = saved.Context with { Quantity = request.Quantity, Date = DateOnly.FromDateTime(now.UtcDateTime) };
        var result = engine.Configure(model, family, new ConfigurationRequest(saved.Picks, context));
        if (Revalidate(saved, model.Version, result) is { Count: > 0 } problems)
            return PlacementResult.Failed(PlacementFailure.Unprocessable, "configurationId", [.. problems]);

        var routing = routingRules.Current;
        var onHold = await credit.IsOnCreditHoldAsync(request.CustomerNumber, cancellationToken);
        var facts = new RoutingFacts(family.Family.Id, context.Region, request.ShipTo.Country, context.Segment, result.Price.Total.Amount,
            result.Price.Total.Currency, request.Quantity, request.DiscountPercent, request.RepDiscountAuthorityPercent, onHold, request.CustomerNumber);
        var decided = routing.Decide(facts);
        if (decided.Decision is not { } decision)
            return PlacementResult.Failed(PlacementFailure.Unprocessable, "shipTo", decided.Error ?? "No routing rule matches this order.");

        var snapshot = Snapshot(saved, model.Version, family, context, result, decision.Target.Plant);
        var order = Order.Place(Guid.CreateVersion7(now), OrderNumber.New(now), key,
            new OrderDetails(request.CustomerNumber, request.ShipTo, request.RequestedDate), snapshot,
            new OrderRouting(decision.Target, decision.NeedsApproval, decision.ApprovalReasons, decision.Priority, decision.RulesApplied, routing.Version),
            actor, now);

        if (!await orders.TryAddAsync(order, cancellationToken))
            return await Replay(key!, cancellationToken)
                ?? throw new InvalidOperationException("An order was refused as a duplicate but none holds its key.");
        await steps.ScheduleAsync(order, cancellationToken);
        return PlacementResult.Placed(order, replayed: false);
    }

    private async Task<PlacementResult?> Replay(PlacementKey key, CancellationToken cancellationToken)
    {
        var existing = await orders.FindByIdempotencyKeyAsync(key.Key, cancellationToken);
        if (existing is null) return null;
        return existing.Idempotency!.Fingerprint == key.Fingerprint
            ? PlacementResult.Placed(existing, replayed: true)
            : PlacementResult.Failed(PlacementFailure.KeyReused, "Idempotency-Key",
                $"Key '{key.Key}' was used for order {existing.Number} with a different request.");
    }

    /// <summary>Why the saved configuration cannot be ordered under the model served now (empty when it can).</summary>
    private static List<string> Revalidate(SavedConfiguration saved, ModelVersion current, ConfigurationResult result)
    {
        var problems = new List<string>();
        var changed = saved.ModelVersion == current ? "" : " (the product model changed since the configuration was saved)";
        foreach (var conflict in result.Conflicts)
            problems.Add($"Option '{conflict.OptionId}' can no longer be chosen{changed}: {string.Join("; ", conflict.Reasons.Select(r => r.Message))}");
        foreach (var open in result.StillRequired)
            problems.Add($"'{open.GroupName}' needs {open.Needed} more choice(s){changed}.");
        if (problems.Count == 0 && !result.IsComplete)
            problems.Add($"The configuration is not complete{changed}.");
        foreach (var rule in result.BusinessRules.Where(r => !r.Passed && r.Severity == RuleSeverity.Error))
            problems.Add(rule.Message ?? rule.RuleName);
        return problems;
    }

    private static OrderSnapshot Snapshot(SavedConfiguration saved, ModelVersion version, CompiledFamily family, SelectionContext context,
        ConfigurationResult result, string plant)
    {
        var prices = result.Price.Lines.Where(l => l.OptionId is not null).ToDictionary(l => l.OptionId!, l => l.UnitPrice);
        var chosen = family.Family.Options.Where(o => result.Selected.Contains(o.Id) || result.Implied.Contains(o.Id)).ToArray();
        var ordered = chosen.Select(o => new OrderedOption(o.Id, o.GroupId, o.Name, prices.GetValueOrDefault(o.Id, Money.Zero(result.Price.Total.Currency))));
        return new OrderSnapshot(family.Family.Id, family.Family.Name, version, saved.Id, result.Selected, result.Implied, [.. ordered],
            context, result.Price.UnitPrice, result.Price.Total, result.LeadTimeDays,
            BomExplosion.Explode(family.Family, chosen, context.Quantity, plant));
    }

    private static string Fingerprint(PlaceOrderRequest request) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(request))));
}
