using Configurator.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Configurator.IntegrationTests.Data;

/// <summary>
/// Each provider's migrations match the model, and SQL Server's DDL (no server runs here) is
/// generated and checked as text.
/// </summary>
public class ProviderMigrationsTests
{
    public static TheoryData<string> Providers => ["Sqlite", "PostgreSql", "SqlServer"];

    private static ConfiguratorDbContext Create(string provider) => provider switch
    {
        "Sqlite" => new SqliteConfiguratorDbContext(new DbContextOptionsBuilder<SqliteConfiguratorDbContext>().UseSqlite("Data Source=:memory:").Options),
        "PostgreSql" => new PostgreSqlConfiguratorDbContext(new DbContextOptionsBuilder<PostgreSqlConfiguratorDbContext>().UseNpgsql("Host=unused").Options),
        _ => new SqlServerConfiguratorDbContext(new DbContextOptionsBuilder<SqlServerConfiguratorDbContext>().UseSqlServer("Server=unused").Options),
    };

    [Theory]
    [MemberData(nameof(Providers))]
    public void MigrationsAreUpToDateWithTheModel(string provider)
    {
        using var context = Create(provider);

        context.Database.GetMigrations().ShouldNotBeEmpty();
        context.Database.HasPendingModelChanges().ShouldBeFalse($"run dotnet ef migrations add for {provider}");
    }

    [Fact]
    public void SqlServerScriptCreatesTheConfigurationsTableWithSqlServerTypes()
    {
        using var context = Create("SqlServer");

        var script = context.GetService<IMigrator>().GenerateScript();

        script.ShouldContain("CREATE TABLE [configurations]");
        script.ShouldContain("[Id] uniqueidentifier NOT NULL");
        script.ShouldContain("[UnitPrice] decimal(18,2) NOT NULL");
        script.ShouldContain("CREATE INDEX [IX_configurations_FamilyId]");
    }
}
