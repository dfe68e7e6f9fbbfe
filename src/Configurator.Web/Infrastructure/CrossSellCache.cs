using Configurator.Crm.Preferences;
using Microsoft.Extensions.Caching.Memory;

namespace Configurator.Web.Infrastructure;

/// <summary>
/// The cross-sell index of a family's latest orders, kept for <see cref="Lifetime"/>: reading and pairing a thousand orders
/// is almost all of what a recommendation costs, and what customers buy together changes slowly. An order shows in
/// cross-sells at most that much later. Per instance, like any cache of derived data.
/// </summary>
public sealed class CrossSellCache(IMemoryCache cache)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    public async Task<CrossSellIndex> ForFamilyAsync(string familyId, IPreferenceEventStore events, CancellationToken cancellationToken) =>
        (await cache.GetOrCreateAsync(("cross-sell", familyId), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Lifetime;
            return CrossSellIndex.Build(familyId, await events.OrderedConfigurationsAsync(familyId, CrossSell.RecentOrders, cancellationToken));
        }))!;
}
