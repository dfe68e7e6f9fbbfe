using Configurator.Data.Customers;
using Configurator.Data.Orders;
using Configurator.Data.Quotes;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Data;

/// <summary>
/// The application database. One subclass per provider carries that provider's migrations
/// (Migrations/Sqlite, Migrations/PostgreSql, Migrations/SqlServer).
/// </summary>
public abstract class ConfiguratorDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<ConfigurationRecord> Configurations => Set<ConfigurationRecord>();
    public DbSet<OrderRecord> Orders => Set<OrderRecord>();
    public DbSet<TimelineRecord> Timeline => Set<TimelineRecord>();
    public DbSet<CustomerRecord> Customers => Set<CustomerRecord>();
    public DbSet<InteractionRecord> Interactions => Set<InteractionRecord>();
    public DbSet<BuyingPowerRecord> BuyingPower => Set<BuyingPowerRecord>();
    public DbSet<RadSnapshotRecord> RadSnapshots => Set<RadSnapshotRecord>();
    public DbSet<PreferenceEventRecord> PreferenceEvents => Set<PreferenceEventRecord>();
    public DbSet<QuoteRecord> Quotes => Set<QuoteRecord>();
    public DbSet<AccountPriceListRecord> AccountPriceLists => Set<AccountPriceListRecord>();

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
            e.Property(c => c.CustomerNumber).HasMaxLength(10);
            e.HasIndex(c => c.FamilyId);
            e.HasIndex(c => c.CustomerNumber);
        });
        modelBuilder.Entity<OrderRecord>(e =>
        {
            e.ToTable("orders");
            e.HasKey(o => o.Id);
            e.Property(o => o.Number).HasMaxLength(18);
            e.HasIndex(o => o.Number).IsUnique();
            e.Property(o => o.IdempotencyKey).HasMaxLength(100);
            e.HasIndex(o => o.IdempotencyKey).IsUnique();
            e.Property(o => o.RequestFingerprint).HasMaxLength(64);
            e.Property(o => o.CustomerNumber).HasMaxLength(40);
            e.Property(o => o.State).HasMaxLength(24);
            e.Property(o => o.FamilyId).HasMaxLength(64);
            e.Property(o => o.ModelVersion).HasMaxLength(64);
            e.Property(o => o.Adapter).HasMaxLength(40);
            e.Property(o => o.Plant).HasMaxLength(40);
            e.Property(o => o.Priority).HasMaxLength(16);
            e.Property(o => o.TotalPrice).HasPrecision(18, 2);
            e.Property(o => o.Currency).HasMaxLength(3);
            e.Property(o => o.ErpOrderNumber).HasMaxLength(40);
            e.Property(o => o.FailedStep).HasMaxLength(24);
            e.Property(o => o.Version).IsConcurrencyToken();
            e.HasIndex(o => new { o.State, o.UpdatedAtMs });
            e.HasIndex(o => o.CustomerNumber);
        });
        modelBuilder.Entity<TimelineRecord>(e =>
        {
            e.ToTable("order_timeline");
            e.HasKey(t => new { t.OrderId, t.Sequence });
            e.Property(t => t.Event).HasMaxLength(64);
            e.Property(t => t.FromState).HasMaxLength(24);
            e.Property(t => t.ToState).HasMaxLength(24);
            e.Property(t => t.Actor).HasMaxLength(100);
            e.HasOne<OrderRecord>().WithMany().HasForeignKey(t => t.OrderId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<CustomerRecord>(e =>
        {
            e.ToTable("customers");
            e.HasKey(c => c.Number);
            e.Property(c => c.Number).HasMaxLength(10);
            e.Property(c => c.Kind).HasMaxLength(16);
            e.Property(c => c.Name).HasMaxLength(200);
            e.Property(c => c.Email).HasMaxLength(254);
            e.Property(c => c.Version).IsConcurrencyToken();
            e.Property(c => c.AccountManager).HasMaxLength(100);
            e.HasIndex(c => c.IsKeyAccount);
            e.HasIndex(c => c.AccountManager);
        });
        modelBuilder.Entity<InteractionRecord>(e =>
        {
            e.ToTable("customer_interactions");
            e.HasKey(i => i.Id);
            e.Property(i => i.CustomerNumber).HasMaxLength(10);
            e.Property(i => i.Kind).HasMaxLength(32);
            e.Property(i => i.By).HasMaxLength(100);
            e.Property(i => i.Summary).HasMaxLength(500);
            e.Property(i => i.Reference).HasMaxLength(64);
            e.Property(i => i.FamilyId).HasMaxLength(64);
            e.Property(i => i.Value).HasPrecision(18, 2);
            e.Property(i => i.Currency).HasMaxLength(3);
            e.HasIndex(i => new { i.CustomerNumber, i.AtMs });
            // The period metrics read interactions of some kinds over a time range, across customers.
            e.HasIndex(i => new { i.Kind, i.AtMs });
            e.HasOne<CustomerRecord>().WithMany().HasForeignKey(i => i.CustomerNumber).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<BuyingPowerRecord>(e =>
        {
            e.ToTable("buying_power_estimates");
            e.HasKey(b => b.Id);
            e.Property(b => b.CustomerNumber).HasMaxLength(10);
            e.Property(b => b.Amount).HasPrecision(18, 2);
            e.Property(b => b.Currency).HasMaxLength(3);
            e.Property(b => b.SetBy).HasMaxLength(100);
            e.Property(b => b.Note).HasMaxLength(500);
            e.HasIndex(b => new { b.CustomerNumber, b.Sequence }).IsUnique();
            e.HasOne<CustomerRecord>().WithMany().HasForeignKey(b => b.CustomerNumber).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<RadSnapshotRecord>(e =>
        {
            e.ToTable("rad_snapshots");
            e.HasKey(s => new { s.Quarter, s.CustomerNumber });
            e.Property(s => s.Quarter).HasMaxLength(6);
            e.Property(s => s.CustomerNumber).HasMaxLength(10);
            e.Property(s => s.BuyingPower).HasPrecision(18, 2);
            e.Property(s => s.Sales).HasPrecision(18, 2);
            e.Property(s => s.Currency).HasMaxLength(3);
            e.Property(s => s.ShareOfWallet).HasPrecision(18, 6);
            e.Property(s => s.Class).HasMaxLength(16);
            e.Property(s => s.Reason).HasMaxLength(500);
            e.HasIndex(s => new { s.Quarter, s.Class });
        });
        modelBuilder.Entity<PreferenceEventRecord>(e =>
        {
            e.ToTable("preference_events");
            e.HasKey(p => p.Id);
            e.Property(p => p.CustomerNumber).HasMaxLength(10);
            e.Property(p => p.FamilyId).HasMaxLength(64);
            e.Property(p => p.OptionId).HasMaxLength(64);
            e.Property(p => p.GroupId).HasMaxLength(64);
            e.Property(p => p.Kind).HasMaxLength(16);
            e.Property(p => p.Value).HasPrecision(18, 2);
            e.Property(p => p.DiscountAskedPercent).HasPrecision(5, 2);
            e.HasIndex(p => new { p.CustomerNumber, p.AtMs });
            e.HasIndex(p => new { p.FamilyId, p.Kind });
        });
        modelBuilder.Entity<QuoteRecord>(e =>
        {
            e.ToTable("quotes");
            e.HasKey(q => q.Id);
            e.Property(q => q.Number).HasMaxLength(18);
            e.HasIndex(q => q.Number).IsUnique();
            e.Property(q => q.CustomerNumber).HasMaxLength(10);
            e.Property(q => q.State).HasMaxLength(16);
            e.Property(q => q.FamilyId).HasMaxLength(64);
            e.Property(q => q.Total).HasPrecision(18, 2);
            e.Property(q => q.Currency).HasMaxLength(3);
            e.Property(q => q.OrderNumber).HasMaxLength(18);
            e.Property(q => q.Version).IsConcurrencyToken();
            e.HasIndex(q => new { q.CustomerNumber, q.IssuedAtMs });
            e.HasIndex(q => new { q.State, q.ValidUntil });
        });
        modelBuilder.Entity<AccountPriceListRecord>(e =>
        {
            e.ToTable("account_price_lists");
            e.HasKey(p => p.CustomerNumber);
            e.Property(p => p.CustomerNumber).HasMaxLength(10);
            e.HasOne<CustomerRecord>().WithMany().HasForeignKey(p => p.CustomerNumber).OnDelete(DeleteBehavior.Cascade);
        });
    }
}

public sealed class SqliteConfiguratorDbContext(DbContextOptions<SqliteConfiguratorDbContext> options) : ConfiguratorDbContext(options);

public sealed class PostgreSqlConfiguratorDbContext(DbContextOptions<PostgreSqlConfiguratorDbContext> options) : ConfiguratorDbContext(options);

public sealed class SqlServerConfiguratorDbContext(DbContextOptions<SqlServerConfiguratorDbContext> options) : ConfiguratorDbContext(options);
