using Configurator.Crm.Analysis;
using static Configurator.Tests.Crm.Analysis.RadBuilder;

namespace Configurator.Tests.Crm.Analysis;

public class RadTransitionReportTests
{
    [Theory]
    [InlineData(RadClass.Retention, RadClass.Development, RadDirection.Slipping)]
    [InlineData(RadClass.Development, RadClass.Acquisition, RadDirection.Slipping)]
    [InlineData(RadClass.Retention, RadClass.Acquisition, RadDirection.Slipping)]
    [InlineData(RadClass.Acquisition, RadClass.Development, RadDirection.Growing)]
    [InlineData(RadClass.Development, RadClass.Retention, RadDirection.Growing)]
    [InlineData(RadClass.Acquisition, RadClass.Retention, RadDirection.Growing)]
    [InlineData(RadClass.Retention, RadClass.Unclassified, RadDirection.Unrated)]
    [InlineData(RadClass.Unclassified, RadClass.Acquisition, RadDirection.Unrated)]
    public void ClassChangeIsListedWithItsDirection(RadClass from, RadClass to, RadDirection direction)
    {
        var report = RadTransitionReport.Between([Snapshot("K-1", from)], [Snapshot("K-1", to)]);

        report.Changed.ShouldHaveSingleItem().ShouldBe(new RadTransition(new("K-1"), from, to, direction));
    }

    [Fact]
    public void UnchangedAccountsAreNotListed() =>
        RadTransitionReport.Between([Snapshot("K-1", RadClass.Retention)], [Snapshot("K-1", RadClass.Retention)]).Changed.ShouldBeEmpty();

    [Fact]
    public void NewAndVanishedAccountsAreListedApart()
    {
        var report = RadTransitionReport.Between(
            [Snapshot("K-1", RadClass.Retention), Snapshot("K-2", RadClass.Development)],
            [Snapshot("K-2", RadClass.Acquisition), Snapshot("K-3", RadClass.Acquisition)]);

        report.New.Select(s => s.Account.Value).ShouldBe(["K-3"]);
        report.Vanished.Select(s => s.Account.Value).ShouldBe(["K-1"]);
        report.Slipping.Select(t => t.Account.Value).ShouldBe(["K-2"]);
        report.Growing.ShouldBeEmpty();
    }

    [Fact]
    public void ChangesAreOrderedByAccountNumber()
    {
        var report = RadTransitionReport.Between(
            [Snapshot("K-9", RadClass.Retention), Snapshot("K-1", RadClass.Acquisition)],
            [Snapshot("K-9", RadClass.Development), Snapshot("K-1", RadClass.Development)]);

        report.Changed.Select(t => t.Account.Value).ShouldBe(["K-1", "K-9"]);
    }

    [Fact]
    public void AccountTwiceInOneAnalysisIsRefused() =>
        Should.Throw<ArgumentException>(() =>
            RadTransitionReport.Between([Snapshot("K-1", RadClass.Retention), Snapshot("K-1", RadClass.Acquisition)], []));
}
