using Configurator.Catalog.Configurations;
using Configurator.Crm.Customers;
using Configurator.Data.Customers;
using Configurator.Data.Orders;
using Configurator.Data.Quotes;
using Configurator.Orders.Quotes;
using Configurator.Orders.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Configurator.Data;

public static class Extensions
{
    /// <summary>Registers the provider chosen in the "Database" section and the repositories.</summary>
    public static IHostApplicationBuilder AddConfiguratorData(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>().Bind(builder.Configuration.GetSection(DatabaseOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => o.Provider == DatabaseProvider.Sqlite || !string.IsNullOrWhiteSpace(o.ConnectionString),
                "Database:ConnectionString is required for PostgreSQL and SQL Server.")
            .ValidateOnStart();

        var (provider, connection) = builder.DatabaseConnection();
        var options = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                builder.Services.AddDbContext<ConfiguratorDbContext, SqliteConfiguratorDbContext>(o =>
                    o.UseSqlite(connection, s => s.CommandTimeout(options.CommandTimeoutSeconds)).AddInterceptors(new SqliteTuning()));
                break;
            case DatabaseProvider.PostgreSql:
                builder.Services.AddDbContext<ConfiguratorDbContext, PostgreSqlConfiguratorDbContext>(o =>
                    o.UseNpgsql(connection, s => s.CommandTimeout(options.CommandTimeoutSeconds)));
                break;
            case DatabaseProvider.SqlServer:
                builder.Services.AddDbContext<ConfiguratorDbContext, SqlServerConfiguratorDbContext>(o =>
                    o.UseSqlServer(connection, s => s.CommandTimeout(options.CommandTimeoutSeconds)));
                break;
        }
        builder.Services.AddScoped<IConfigurationRepository, ConfigurationRepository>();
        builder.Services.AddScoped<IOrderRepository, OrderRepository>();
        builder.Services.AddScoped<ICustomerRepository, CustomerRepository>();
        builder.Services.AddScoped<Configurator.Crm.Analysis.IRadRepository, RadRepository>();
        builder.Services.AddScoped<Configurator.Crm.Preferences.IPreferenceEventStore, PreferenceEventStore>();
        builder.Services.AddScoped<IQuoteRepository, QuoteRepository>();
        builder.Services.AddScoped<IAccountPriceLists, AccountPriceListRepository>();
        return builder;
    }

    /// <summary>The configured provider and connection string (SQLite defaults to data/configurator.db), for the job store too.</summary>
    public static (DatabaseProvider Provider, string ConnectionString) DatabaseConnection(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        return (options.Provider, options.ConnectionString ?? DefaultSqlite(builder.Environment.ContentRootPath));
    }

    /// <summary>Creates or upgrades the database when the options ask for it.</summary>
    public static async Task MigrateConfiguratorDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        if (!services.GetRequiredService<IOptions<DatabaseOptions>>().Value.MigrateOnStart) return;
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ConfiguratorDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
        // Write-ahead logging lets readers work while the workflow writes; the setting stays with the file.
        if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }

    private static string DefaultSqlite(string contentRoot)
    {
        var folder = Path.Combine(contentRoot, "data");
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "configurator.db")}";
    }
}
