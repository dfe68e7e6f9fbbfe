using System.ComponentModel.DataAnnotations;

namespace Configurator.Data;

public enum DatabaseProvider { Sqlite, PostgreSql, SqlServer }

/// <summary>Which database the app uses. Default: SQLite in data/configurator.db under the content root.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Required for PostgreSQL and SQL Server; for SQLite, defaults to the data folder.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Apply pending migrations at start (creates the SQLite file on first run).</summary>
    public bool MigrateOnStart { get; set; } = true;

    [Range(1, 600)]
    public int CommandTimeoutSeconds { get; set; } = 30;
}
