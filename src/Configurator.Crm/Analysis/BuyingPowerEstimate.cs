using Configurator.Catalog.Model;

namespace Configurator.Crm.Analysis;

/// <summary>
/// One estimate of a key account's annual buying power: what it spends per year on what we sell, from all suppliers.
/// It holds from <see cref="Since"/> until a later estimate replaces it.
/// </summary>
public sealed record BuyingPowerEstimate
{
    public BuyingPowerEstimate(Money annualAmount, DateOnly since, string setBy, string? note = null)
    {
        Guard.Require(annualAmount.Amount >= 0m, nameof(annualAmount), "Buying power cannot be negative.");
        Guard.Require(!string.IsNullOrWhiteSpace(setBy), nameof(setBy), "An estimate names who set it.");
        AnnualAmount = annualAmount;
        Since = since;
        SetBy = setBy.Trim();
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }

    public Money AnnualAmount { get; }
    public DateOnly Since { get; }
    public string SetBy { get; }
    public string? Note { get; }
}
