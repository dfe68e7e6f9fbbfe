using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Configurator.Data;

/// <summary>
/// Per-connection SQLite settings: SQLite waits for a busy writer itself, in small steps, instead of
/// the driver's 150 ms retry sleep; and in WAL mode a commit syncs at checkpoints, not every time
/// (durable against a crash of the process; a power loss can lose the last commits).
/// </summary>
public sealed class SqliteTuning : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA busy_timeout = 10000; PRAGMA synchronous = NORMAL;";

    /// <summary>Connections with the same settings for code outside EF Core (Quartz's job store).</summary>
    public static DbDataSource DataSource(string connectionString) => new TunedDataSource(connectionString);

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Tune(connection);

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void Tune(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    private sealed class TunedDataSource(string connectionString) : DbDataSource
    {
        public override string ConnectionString => connectionString;

        protected override DbConnection CreateDbConnection()
        {
            var connection = new SqliteConnection(connectionString);
            connection.StateChange += (_, change) =>
            {
                if (change.CurrentState == ConnectionState.Open) Tune(connection);
            };
            return connection;
        }
    }
}
