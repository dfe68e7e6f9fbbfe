using Configurator.Data;
using Configurator.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Configurator.IntegrationTests.Data;

/// <summary>A database from before quotes upgrades in place: key accounts stored then keep their manager, now a column lists filter by.</summary>
public class UpgradeMigrationTests
{
    [Theory]
    [InlineData(Database.Sqlite)]
    [InlineData(Database.PostgreSql)]
    public async Task KeyAccountStoredBeforeQuotesGetsItsAccountManagerColumnFilled(Database database)
    {
        var (context, cleanup) = Create(database);
        await using (context)
        {
            var migrations = context.Database.GetMigrations().ToList();
            var beforeQuotes = migrations[migrations.FindIndex(m => m.EndsWith("_Quotes", StringComparison.Ordinal)) - 1];
            await context.GetService<IMigrator>().MigrateAsync(beforeQuotes);
            await context.Database.ExecuteSqlRawAsync(
                """
                INSERT INTO customers ("Number", "Kind", "Name", "Email", "AddressJson", "ContactsJson", "KeyAccountJson", "IsKeyAccount", "CreatedAt", "Version")
                VALUES ('K-1', 'Business', 'Old Account', NULL, {0}, {1}, {2}, TRUE, {3}, 1)
                """, "{}", "[]", """{"industry":"Energy","accountManager":"sales:anna","stage":"won"}""", DateTimeOffset.UnixEpoch);

            await context.Database.MigrateAsync();

            var row = await context.Customers.AsNoTracking().SingleAsync(c => c.Number == "K-1");
            row.AccountManager.ShouldBe("sales:anna");
            row.Name.ShouldBe("Old Account");
        }
        cleanup();
    }

    private static (ConfiguratorDbContext Context, Action Cleanup) Create(Database database)
    {
        if (database == Database.Sqlite)
        {
            var file = Path.Combine(Path.GetTempPath(), $"configurator-upgrade-{Guid.NewGuid():N}.db");
            var sqlite = new SqliteConfiguratorDbContext(new DbContextOptionsBuilder<SqliteConfiguratorDbContext>().UseSqlite($"Data Source={file}").Options);
            return (sqlite, () =>
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                File.Delete(file);
            });
        }
        var server = Environment.GetEnvironmentVariable(RunningApp.PostgresVariable)
            ?? throw new InvalidOperationException($"{RunningApp.PostgresVariable} is not set: run the tests through ./test.sh, which starts PostgreSQL.");
        var connection = new Npgsql.NpgsqlConnectionStringBuilder(server) { Database = $"configurator_upgrade_{Guid.NewGuid():N}" }.ConnectionString;
        var postgres = new PostgreSqlConfiguratorDbContext(new DbContextOptionsBuilder<PostgreSqlConfiguratorDbContext>().UseNpgsql(connection).Options);
        return (postgres, () => { });
    }
}
