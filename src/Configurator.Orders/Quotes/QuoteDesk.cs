using Configurator.Catalog.Configurations;
using Configurator.Catalog.Engine;
using Configurator.Catalog.Loading;
using Configurator.Catalog.Model;
using Configurator.Orders.Model;
using Configurator.Orders.Placement;
using Microsoft.Extensions.Options;

namespace Configurator.Orders.Quotes;

/// <summary>
/// The sales desk's quoting: prices a saved configuration for an account (its price list, volume breaks and the rep's
/// discount), and turns an accepted quote into an order at the quoted price. A quote that expired, or whose model version
/// is no longer served, is re-validated and re-priced first, and the caller gets what changed instead of an order.
/// A rep discount beyond the issuer's authority sends the order to the workflow's approval step.
/// </summary>
public sealed class QuoteDesk(
    ProductModelStore models,
    ConfigurationEngine engine,
    IConfigurationRepository configurations,
    IAccountPriceLists priceLists,
    IQuoteRepository quotes,
    OrderPlacement placement,
    IOptions<QuotingOptions> options,
    TimeProvider time)
{
    public async Task<QuoteResult> IssueAsync(IssueQuoteRequest request, string actor, decimal authorityPercent, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (request.RepDiscountPercent > settings.MaxRepDiscountPercent)
            return QuoteResult.Failed(QuoteFailure.Unprocessable, "repDiscountPercent",
                $"No quote gives a rep discount above {settings.MaxRepDiscountPercent} %, approval or not.");
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var validUntil = request.ValidUntil ?? today.AddDays(settings.DefaultValidityDays - 1);
        if (validUntil < today || validUntil > today.AddDays(settings.MaxValidityDays - 1))
            return QuoteResult.Failed(QuoteFailure.Unprocessable, "validUntil",
                $"A quote holds from today up to {settings.MaxValidityDays} days ({today:yyyy-MM-dd} to {today.AddDays(settings.MaxValidityDays - 1):yyyy-MM-dd}).");

        var saved = await configurations.FindAsync(request.ConfigurationId, cancellationToken);
        if (saved is null)
            return QuoteResult.Failed(QuoteFailure.NotFound, "configurationId", $"There is no saved configuration '{request.ConfigurationId}'.");
        var model = models.Current;
        var errors = new Dictionary<string, string[]>();
        if (Revalidation.Check(model, engine, saved, request.Quantity ?? saved.Context.Quantity, today, errors) is not { } revalidated)
            return QuoteResult.Failed(QuoteFailure.Unprocessable, errors);

        var price = await PriceAsync(request.CustomerNumber, revalidated, request.RepDiscountPercent, cancellationToken);
        var terms = Terms(1, model.Version, revalidated, price, validUntil, now);
        var quote = Quote.Issue(Guid.CreateVersion7(now), QuoteNumber.New(now), request.CustomerNumber, saved.Id, saved.FamilyId,
            revalidated.Family.Family.Name, authorityPercent, terms, actor, request.Comment);
        await quotes.AddAsync(quote, cancellationToken);
        return QuoteResult.Done(quote);
    }

    /// <summary>
    /// Places the quote's order at the quoted price, once per quote revision (the revision is the order's idempotency key,
    /// so a repeated or concurrent acceptance returns the same order). Expired or outdated quotes are re-priced instead, and an
    /// acceptance of an earlier revision than the current one gets the current terms and their changes, not an order.
    /// </summary>
    public async Task<QuoteResult> AcceptAsync(Quote quote, AcceptQuoteRequest request, string actor, CancellationToken cancellationToken)
    {
        if (quote.State != QuoteState.Open)
            return QuoteResult.Failed(QuoteFailure.WrongState, "state",
                quote.OrderNumber is { } orderNumber ? $"Quote {quote.Number} was accepted as order {orderNumber}." : $"Quote {quote.Number} is {quote.State}.");
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var model = models.Current;
        if (quote.NeedsRepricing(model.Version, today)) return await RepriceAsync(quote, actor, cancellationToken);
        if (request.Revision is { } seen && seen != quote.Terms.Revision)
            return QuoteResult.Repriced(quote, quote.History.LastOrDefault(h => h.Changes.Count > 0)?.Changes ?? []);

        var terms = quote.Terms;
        var order = new PlaceOrderRequest(quote.ConfigurationId, terms.Price.Quantity, quote.CustomerNumber, request.ShipTo, request.RequestedDate,
            terms.Price.RepDiscountPercent, quote.RepDiscountAuthorityPercent, new QuotedPrice(quote.Number.Value, terms.Price.NetUnitPrice));
        var placed = await placement.PlaceAsync(order, $"quote:{quote.Number}:r{terms.Revision}", actor, cancellationToken);
        if (placed.Failure == PlacementFailure.KeyReused)
            return QuoteResult.Failed(QuoteFailure.WrongState, "state",
                $"Quote {quote.Number} revision {terms.Revision} was accepted at the same moment with another ship-to or date; it is ordered once.");
        if (placed.Order is not { } placedOrder) return QuoteResult.Failed(QuoteFailure.Unprocessable, placed.Errors);

        try
        {
            var accepted = await quotes.UpdateAsync(quote.Id, q =>
            {
                // A concurrent acceptance of this revision placed the same order and marked the quote first.
                if (q.OrderId != placedOrder.Id) q.Accept(placedOrder.Id, placedOrder.Number.Value, actor, now);
            }, cancellationToken);
            return QuoteResult.Done(accepted!, placedOrder, placed.Replayed);
        }
        catch (QuoteException e)
        {
            // Withdrawn at the same moment: the order stands (the customer accepted), and the caller is told the quote's state.
            return QuoteResult.Failed(QuoteFailure.WrongState, "state", $"{e.Message} Order {placedOrder.Number} was placed from it.");
        }
    }

    public async Task<QuoteResult> WithdrawAsync(Guid id, string actor, string? comment, CancellationToken cancellationToken)
    {
        try
        {
            var withdrawn = await quotes.UpdateAsync(id, q => q.Withdraw(actor, comment, time.GetUtcNow()), cancellationToken);
            return withdrawn is null ? QuoteResult.Failed(QuoteFailure.NotFound, "id", $"There is no quote '{id}'.") : QuoteResult.Done(withdrawn);
        }
        catch (QuoteException e)
        {
            return QuoteResult.Failed(QuoteFailure.WrongState, "state", e.Message);
        }
    }

    private async Task<QuoteResult> RepriceAsync(Quote quote, string actor, CancellationToken cancellationToken)
    {
        var saved = await configurations.FindAsync(quote.ConfigurationId, cancellationToken);
        if (saved is null)
            return QuoteResult.Failed(QuoteFailure.NotFound, "configurationId", $"Quote {quote.Number}'s configuration '{quote.ConfigurationId}' no longer exists.");
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var model = models.Current;
        var old = quote.Terms;
        var errors = new Dictionary<string, string[]>();
        if (Revalidation.Check(model, engine, saved, old.Price.Quantity, today, errors) is not { } revalidated)
        {
            var why = quote.IsExpiredOn(today) ? $"expired on {old.ValidUntil:yyyy-MM-dd}" : "was made under a product model no longer served";
            return QuoteResult.Failed(QuoteFailure.Unprocessable, errors.ToDictionary(e => e.Key,
                e => e.Value.Prepend($"Quote {quote.Number} {why} and cannot be re-priced as it stands; quote a new configuration.").ToArray()));
        }

        var price = await PriceAsync(quote.CustomerNumber, revalidated, old.Price.RepDiscountPercent, cancellationToken);
        var next = Terms(old.Revision + 1, model.Version, revalidated, price, today.AddDays(options.Value.DefaultValidityDays - 1), now);
        var changes = QuoteChanges.Between(old, next, today);
        try
        {
            var repriced = await quotes.UpdateAsync(quote.Id, q =>
            {
                // A concurrent acceptance re-priced it first: its revision stands.
                if (q.Terms.Revision < next.Revision) q.Reprice(next, changes, actor);
            }, cancellationToken);
            return QuoteResult.Repriced(repriced!, changes);
        }
        catch (QuoteException e)
        {
            return QuoteResult.Failed(QuoteFailure.WrongState, "state", e.Message);
        }
    }

    private async Task<QuotePrice> PriceAsync(string customerNumber, Revalidated revalidated, decimal repDiscountPercent, CancellationToken cancellationToken)
    {
        var priceList = await priceLists.FindAsync(customerNumber, cancellationToken);
        var breaks = priceList is { VolumeBreaks.Count: > 0 } ? priceList.VolumeBreaks : options.Value.StandardBreaks();
        var quantity = revalidated.Context.Quantity;
        return new QuotePrice(revalidated.Result.Price.UnitPrice, quantity, priceList?.AccountDiscountFor(revalidated.Family.Family.Id) ?? 0m,
            AccountPriceList.VolumeDiscountFor(breaks, quantity), repDiscountPercent);
    }

    private static QuoteTerms Terms(int revision, ModelVersion version, Revalidated revalidated, QuotePrice price, DateOnly validUntil, DateTimeOffset at) =>
        new(revision, version, revalidated.Result.Selected, revalidated.Result.Implied, revalidated.Context, price, revalidated.Result.LeadTimeDays,
            validUntil, at);
}
