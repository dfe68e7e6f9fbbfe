using Microsoft.EntityFrameworkCore;

namespace Configurator.Data;

/// <summary>
/// The application database. One subclass per provider carries that provider's migrations
/// (Migrations/Sqlite, Migrations/PostgreSql, Migrations/SqlServer).
/// </summary>
public abstract class ConfiguratorDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<ConfigurationRecord> Configurations => Set<ConfigurationRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ConfigurationRecord>(e =>
        {
            e.ToTable("configurations");
            e.HasKey(c => c.Id);
            e.Property(c => c.FamilyId).HasMaxLength(64);
            e.Property(c => c.ModelVersion).HasMaxLength(64);
            e.Property(c => c.Name).HasMaxLength(200);
            e.Property(c => c.Region).HasMaxLength(8);
            e.Property(c => c.Segment).HasMaxLength(32);
            e.Property(c => c.Currency).HasMaxLength(3);
            e.Property(c => c.UnitPrice).HasPrecision(18, 2);
            e.Property(c => c.TotalPrice).HasPrecision(18, 2);
            e.HasIndex(c => c.FamilyId);
        });
    }
}

public sealed class SqliteConfiguratorDbContext(DbContextOptions<SqliteConfiguratorDbContext> options) : ConfiguratorDbContext(options);

public sealed class PostgreSqlConfiguratorDbContext(DbContextOptions<PostgreSqlConfiguratorDbContext> options) : ConfiguratorDbContext(options);

public sealed class SqlServerConfiguratorDbContext(DbContextOptions<SqlServerConfiguratorDbContext> options) : ConfiguratorDbContext(options);
