using Configurator.Catalog.Model;

namespace Configurator.Crm.Analysis;

/// <summary>
/// One key account's RAD position at the end of one quarter. <see cref="Sales"/> covers the four quarters ending with
/// <see cref="Quarter"/>; <see cref="ShareOfWallet"/> is a fraction and may exceed 1 when buying power is underestimated.
/// When the share cannot be computed it is null, the class is Unclassified and <see cref="Reason"/> says why.
/// </summary>
public sealed record RadSnapshot(
    CustomerNumber Account,
    Quarter Quarter,
    Money? BuyingPower,
    Money Sales,
    decimal? ShareOfWallet,
    RadClass Class,
    string? Reason = null);
