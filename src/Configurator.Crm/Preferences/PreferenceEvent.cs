namespace Configurator.Crm.Preferences;

/// <summary>
/// One thing a customer did while configuring. Picked and Removed always name an option and its
/// group. Saved, Quoted and Ordered come twice over: once per option of the configuration (with
/// <see cref="OptionId"/>) and once for the configuration itself (no option), which carries the
/// unit price in <see cref="Value"/>, the lead time and any discount asked for.
/// </summary>
public sealed record PreferenceEvent
{
    public PreferenceEvent(
        CustomerNumber customer, string familyId, string? optionId, string? groupId, PreferenceEventKind kind, DateTimeOffset at,
        decimal? value = null, int? leadTimeDays = null, decimal? discountAskedPercent = null)
    {
        Guard.Require(!string.IsNullOrWhiteSpace(familyId), nameof(familyId), "An event names the product family.");
        Guard.Require(optionId is null || !string.IsNullOrWhiteSpace(groupId), nameof(groupId), "An event about an option names the option's group.");
        Guard.Require(optionId is not null || kind is not (PreferenceEventKind.Picked or PreferenceEventKind.Removed), nameof(optionId),
            "Picked and Removed events name the option.");
        Guard.Require(value is null || kind is PreferenceEventKind.Saved or PreferenceEventKind.Quoted or PreferenceEventKind.Ordered, nameof(value),
            "Only saved, quoted and ordered configurations carry a price.");
        Guard.Require(value is null or >= 0m, nameof(value), "A unit price is not negative.");
        Guard.Require(leadTimeDays is null or >= 0, nameof(leadTimeDays), "A lead time is zero or more days.");
        Guard.Require(discountAskedPercent is null or (>= 0m and <= 100m), nameof(discountAskedPercent), "A discount is between 0 and 100 percent.");
        Customer = customer;
        FamilyId = familyId;
        OptionId = optionId;
        GroupId = groupId;
        Kind = kind;
        At = at;
        Value = value;
        LeadTimeDays = leadTimeDays;
        DiscountAskedPercent = discountAskedPercent;
    }

    public CustomerNumber Customer { get; }
    public string FamilyId { get; }
    public string? OptionId { get; }
    public string? GroupId { get; }
    public PreferenceEventKind Kind { get; }
    public DateTimeOffset At { get; }

    /// <summary>Unit price of the configuration, in the family currency; configuration-level events only.</summary>
    public decimal? Value { get; }

    public int? LeadTimeDays { get; }

    /// <summary>Discount the customer asked for, in percent (0–100).</summary>
    public decimal? DiscountAskedPercent { get; }

    /// <summary>About the configuration as a whole rather than one of its options.</summary>
    public bool IsConfigurationLevel => OptionId is null;
}
