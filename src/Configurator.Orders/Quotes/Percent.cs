namespace Configurator.Orders.Quotes;

/// <summary>Discounts are percentages from 0 to 100 with at most two decimals.</summary>
public static class Percent
{
    public static bool IsValid(decimal value) => value is >= 0m and <= 100m && decimal.Round(value, 2) == value;

    internal static void Require(decimal value, string parameter)
    {
        if (!IsValid(value)) throw new ArgumentException("A discount is a percentage from 0 to 100 with at most two decimals.", parameter);
    }

    /// <summary>The fraction of a price that remains after the discount (20 % leaves 0.8).</summary>
    internal static decimal Remaining(decimal percent) => 1m - percent / 100m;
}
