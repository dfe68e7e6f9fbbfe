using System.Globalization;

namespace Configurator.Crm.Analysis;

/// <summary>A calendar quarter such as 2026Q4 (October to December 2026); the unit every CRM analysis is recomputed in.</summary>
public readonly record struct Quarter : IComparable<Quarter>
{
    public Quarter(int year, int number)
    {
        Guard.Require(year is >= 1 and <= 9999, nameof(year), "A quarter's year lies between 1 and 9999.");
        Guard.Require(number is >= 1 and <= 4, nameof(number), "A quarter's number lies between 1 and 4.");
        Year = year;
        Number = number;
    }

    public int Year { get; }
    public int Number { get; }

    public static Quarter From(DateOnly date) => new(date.Year, (date.Month + 2) / 3);

    /// <summary>The first day of the quarter.</summary>
    public DateOnly Start => new(Year, Number * 3 - 2, 1);

    /// <summary>The last day of the quarter (inclusive).</summary>
    public DateOnly End => Start.AddMonths(3).AddDays(-1);

    /// <summary>The instant the quarter begins: midnight UTC of its first day (timelines are counted in quarters by UTC date).</summary>
    public DateTimeOffset StartUtc => new(Start, TimeOnly.MinValue, TimeSpan.Zero);

    public static Quarter At(DateTimeOffset instant) => From(DateOnly.FromDateTime(instant.UtcDateTime));

    public Quarter Previous => Number == 1 ? new(Year - 1, 4) : new(Year, Number - 1);
    public Quarter Next => Number == 4 ? new(Year + 1, 1) : new(Year, Number + 1);

    public bool Contains(DateOnly date) => From(date) == this;

    /// <summary>The <paramref name="count"/> quarters ending with this one, oldest first.</summary>
    public IReadOnlyList<Quarter> Window(int count)
    {
        Guard.Require(count >= 1, nameof(count), "A window holds at least one quarter.");
        var quarters = new Quarter[count];
        var quarter = this;
        for (var i = count - 1; i >= 0; i--)
        {
            quarters[i] = quarter;
            if (i > 0) quarter = quarter.Previous;
        }
        return quarters;
    }

    /// <summary>The four quarters ending with this one, oldest first: the RAD analysis' "last twelve months".</summary>
    public IReadOnlyList<Quarter> LastFour => Window(4);

    /// <summary>Parses "2026Q4" (the format <see cref="ToString"/> writes) or "2026-Q4".</summary>
    public static Quarter Parse(string text) =>
        TryParse(text, out var quarter) ? quarter : throw new FormatException($"'{text}' is not a quarter such as 2026Q4.");

    public static bool TryParse(string? text, out Quarter quarter)
    {
        quarter = default;
        if (text is null) return false;
        var compact = text.Replace("-", "", StringComparison.Ordinal);
        if (compact.Length != 6 || compact[4] is not ('Q' or 'q')) return false;
        if (!int.TryParse(compact.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)) return false;
        var number = compact[5] - '0';
        if (year < 1 || number is < 1 or > 4) return false;
        quarter = new Quarter(year, number);
        return true;
    }

    public int CompareTo(Quarter other) => (Year, Number).CompareTo((other.Year, other.Number));

    public static bool operator <(Quarter a, Quarter b) => a.CompareTo(b) < 0;
    public static bool operator >(Quarter a, Quarter b) => a.CompareTo(b) > 0;
    public static bool operator <=(Quarter a, Quarter b) => a.CompareTo(b) <= 0;
    public static bool operator >=(Quarter a, Quarter b) => a.CompareTo(b) >= 0;

    public override string ToString() => $"{Year:D4}Q{Number}";
}
