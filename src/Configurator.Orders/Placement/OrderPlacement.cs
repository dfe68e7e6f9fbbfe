using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Configurator.Catalog.Bom;
using Configurator.Catalog.Configurations;
using Configurator.Catalog.Engine;
using Configurator.Catalog.Loading;
using Configurator.Catalog.Model;
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
        var errors = new Dictionary<string, string[]>();
        if (Revalidation.Check(model, engine, saved, request.Quantity, DateOnly.FromDateTime(now.UtcDateTime), errors) is not { } revalidated)
            return PlacementResult.Failed(PlacementFailure.Unprocessable, errors);
        var (family, context, result) = revalidated;
        if (request.Quote is { } quoted && quoted.NetUnitPrice.Currency != result.Price.UnitPrice.Currency)
            return PlacementResult.Failed(PlacementFailure.Unprocessable, "quote", $"Quote {quoted.QuoteNumber} is priced in {quoted.NetUnitPrice.Currency}, the configuration in {result.Price.UnitPrice.Currency}.");
        var unitPrice = request.Quote?.NetUnitPrice ?? result.Price.UnitPrice;
        var totalPrice = unitPrice * request.Quantity;

        var routing = routingRules.Current;
        var onHold = await credit.IsOnCreditHoldAsync(request.CustomerNumber, cancellationToken);
        var facts = new RoutingFacts(family.Family.Id, context.Region, request.ShipTo.Country, context.Segment, totalPrice.Amount,
            totalPrice.Currency, request.Quantity, request.DiscountPercent, request.RepDiscountAuthorityPercent, onHold, request.CustomerNumber);
        var decided = routing.Decide(facts);
        if (decided.Decision is not { } decision)
            return PlacementResult.Failed(PlacementFailure.Unprocessable, "shipTo", decided.Error ?? "No routing rule matches this order.");

        var snapshot = Snapshot(saved, model.Version, family, context, result, decision.Target.Plant, unitPrice, totalPrice, request.Quote?.QuoteNumber);
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

    private static OrderSnapshot Snapshot(SavedConfiguration saved, ModelVersion version, CompiledFamily family, SelectionContext context,
        ConfigurationResult result, string plant, Money unitPrice, Money totalPrice, string? quoteNumber)
    {
        var prices = result.Price.Lines.Where(l => l.OptionId is not null).ToDictionary(l => l.OptionId!, l => l.UnitPrice);
        var chosen = family.Family.Options.Where(o => result.Selected.Contains(o.Id) || result.Implied.Contains(o.Id)).ToArray();
        var ordered = chosen.Select(o => new OrderedOption(o.Id, o.GroupId, o.Name, prices.GetValueOrDefault(o.Id, Money.Zero(result.Price.Total.Currency))));
        return new OrderSnapshot(family.Family.Id, family.Family.Name, version, saved.Id, result.Selected, result.Implied, [.. ordered],
            context, unitPrice, totalPrice, result.LeadTimeDays,
            BomExplosion.Explode(family.Family, chosen, context.Quantity, plant), quoteNumber);
    }

    private static string Fingerprint(PlaceOrderRequest request) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(request))));
}
