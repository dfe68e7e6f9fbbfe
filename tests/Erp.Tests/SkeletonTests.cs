namespace Erp.Tests;

public class SkeletonTests
{
    [Fact]
    public void AdaptersAssemblyLoads() => typeof(Erp.Abstractions.IErpAdapter).Assembly.GetName().Name.ShouldBe("Erp.Abstractions");
}
