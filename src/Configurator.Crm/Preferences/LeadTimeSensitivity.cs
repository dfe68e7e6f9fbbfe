namespace Configurator.Crm.Preferences;

/// <summary>
/// How often the customer ordered the faster of the configurations they considered: the share of
/// orders whose lead time is below the median lead time of everything they saved, quoted or ordered
/// in that family. 0 never, 1 always; null when no order carries a lead time.
/// </summary>
public sealed record LeadTimeSensitivity(int OrdersWithLeadTime, int FasterThanMedian)
{
    public double? Share => OrdersWithLeadTime == 0 ? null : (double)FasterThanMedian / OrdersWithLeadTime;
}
