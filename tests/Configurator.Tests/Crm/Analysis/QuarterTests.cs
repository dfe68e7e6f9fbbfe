using Configurator.Crm.Analysis;

namespace Configurator.Tests.Crm.Analysis;

public class QuarterTests
{
    [Theory]
    [InlineData(2026, 1, 1, 1)]
    [InlineData(2026, 3, 31, 1)]
    [InlineData(2026, 4, 1, 2)]
    [InlineData(2026, 9, 30, 3)]
    [InlineData(2026, 12, 31, 4)]
    public void DatesFallInTheirCalendarQuarter(int year, int month, int day, int expected) =>
        Quarter.From(new DateOnly(year, month, day)).ShouldBe(new Quarter(year, expected));

    [Fact]
    public void FourthQuarterRunsFromOctoberFirstToDecemberThirtyFirst()
    {
        var quarter = new Quarter(2026, 4);
        quarter.Start.ShouldBe(new DateOnly(2026, 10, 1));
        quarter.End.ShouldBe(new DateOnly(2026, 12, 31));
    }

    [Fact]
    public void FirstQuarterOfALeapYearEndsOnMarchThirtyFirst() =>
        new Quarter(2028, 1).End.ShouldBe(new DateOnly(2028, 3, 31));

    [Fact]
    public void NextAfterTheFourthQuarterIsTheFirstOfTheNextYear() =>
        new Quarter(2026, 4).Next.ShouldBe(new Quarter(2027, 1));

    [Fact]
    public void PreviousBeforeTheFirstQuarterIsTheFourthOfTheYearBefore() =>
        new Quarter(2027, 1).Previous.ShouldBe(new Quarter(2026, 4));

    [Fact]
    public void LastFourQuartersCrossTheYearBoundaryOldestFirst() =>
        new Quarter(2027, 2).LastFour.ShouldBe([new(2026, 3), new(2026, 4), new(2027, 1), new(2027, 2)]);

    [Fact]
    public void QuartersOrderByYearThenNumber()
    {
        (new Quarter(2026, 4) < new Quarter(2027, 1)).ShouldBeTrue();
        (new Quarter(2027, 1) > new Quarter(2026, 4)).ShouldBeTrue();
    }

    [Theory]
    [InlineData("2026Q4")]
    [InlineData("2026-Q4")]
    [InlineData("2026q4")]
    public void ParsesCompactAndDashedForms(string text) => Quarter.Parse(text).ShouldBe(new Quarter(2026, 4));

    [Fact]
    public void FormatsCompactlyAndRoundTrips()
    {
        new Quarter(2026, 4).ToString().ShouldBe("2026Q4");
        Quarter.Parse(new Quarter(987, 2).ToString()).ShouldBe(new Quarter(987, 2));
    }

    [Theory]
    [InlineData("2026Q5")]
    [InlineData("2026Q0")]
    [InlineData("26Q4")]
    [InlineData("2026-4")]
    [InlineData("")]
    public void MalformedTextIsNotAQuarter(string text) => Quarter.TryParse(text, out _).ShouldBeFalse();

    [Theory]
    [InlineData(2026, 0)]
    [InlineData(2026, 5)]
    [InlineData(0, 1)]
    public void OutOfRangePartsAreRefused(int year, int number) => Should.Throw<ArgumentException>(() => new Quarter(year, number));
}
