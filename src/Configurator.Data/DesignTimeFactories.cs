using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Configurator.Data;

// Used by `dotnet ef migrations add` only: each provider's migrations are generated against its own context.

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteConfiguratorDbContext>
{
    public SqliteConfiguratorDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteConfiguratorDbContext>().UseSqlite("Data Source=design.db").Options);
}

internal sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlConfiguratorDbContext>
{
    public PostgreSqlConfiguratorDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlConfiguratorDbContext>().UseNpgsql("Host=localhost;Database=design").Options);
}

internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerConfiguratorDbContext>
{
    public SqlServerConfiguratorDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerConfiguratorDbContext>().UseSqlServer("Server=localhost;Database=design;Trusted_Connection=True").Options);
}
