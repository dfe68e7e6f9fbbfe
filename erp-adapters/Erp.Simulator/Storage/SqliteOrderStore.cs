using Microsoft.Data.Sqlite;

namespace Erp.Simulator.Storage;

/// <summary>Orders in a SQLite file, so they survive a restart of the simulator. One connection, used under a lock.</summary>
public sealed class SqliteOrderStore : IOrderStore, IDisposable
{
    private readonly Lock _gate = new();
    private readonly SqliteConnection _connection;

    public SqliteOrderStore(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null) Directory.CreateDirectory(folder);
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        _connection.Open();
        Execute("""
            PRAGMA journal_mode=WAL;
            CREATE TABLE IF NOT EXISTS erp_orders (
              id TEXT PRIMARY KEY, system TEXT NOT NULL, company TEXT NOT NULL, external_reference TEXT NOT NULL,
              erp_order_number TEXT NOT NULL, status TEXT NOT NULL, created_at TEXT NOT NULL, modified_at TEXT NOT NULL,
              header TEXT NOT NULL, lines TEXT NOT NULL, line_count INTEGER NOT NULL);
            CREATE INDEX IF NOT EXISTS ix_erp_orders_reference ON erp_orders (system, external_reference);
            """);
    }

    public StoredOrder Add(ErpSystem system, Func<int, StoredOrder> create)
    {
        lock (_gate)
        {
            using var count = Command("SELECT COUNT(*) FROM erp_orders WHERE system = $system", ("$system", system.ToString()));
            var order = create(Convert.ToInt32(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) + 1);
            using var insert = Command("""
                INSERT INTO erp_orders VALUES ($id, $system, $company, $reference, $number, $status, $created, $modified, $header, $lines, $count)
                """, Parameters(order));
            insert.ExecuteNonQuery();
            return order;
        }
    }

    public StoredOrder? Find(Guid id)
    {
        lock (_gate) return Query("SELECT * FROM erp_orders WHERE id = $id", ("$id", id.ToString())).FirstOrDefault();
    }

    public IReadOnlyList<StoredOrder> All()
    {
        lock (_gate) return Query("SELECT * FROM erp_orders ORDER BY created_at, rowid");
    }

    public bool Update(StoredOrder order)
    {
        lock (_gate)
        {
            using var update = Command("""
                UPDATE erp_orders SET status = $status, modified_at = $modified, header = $header, lines = $lines, line_count = $count
                WHERE id = $id
                """, Parameters(order));
            return update.ExecuteNonQuery() == 1;
        }
    }

    public void Clear()
    {
        lock (_gate) Execute("DELETE FROM erp_orders");
    }

    public void Dispose() => _connection.Dispose();

    private static (string, object)[] Parameters(StoredOrder o) =>
    [
        ("$id", o.Id.ToString()), ("$system", o.System.ToString()), ("$company", o.Company), ("$reference", o.ExternalReference),
        ("$number", o.ErpOrderNumber), ("$status", o.Status.ToString()), ("$created", o.CreatedAt.ToString("O")),
        ("$modified", o.ModifiedAt.ToString("O")), ("$header", o.Header), ("$lines", o.Lines), ("$count", o.LineCount),
    ];

    private List<StoredOrder> Query(string sql, params (string, object)[] parameters)
    {
        using var command = Command(sql, parameters);
        using var reader = command.ExecuteReader();
        var orders = new List<StoredOrder>();
        while (reader.Read())
        {
            orders.Add(new StoredOrder(Guid.Parse(reader.GetString(0)), Enum.Parse<ErpSystem>(reader.GetString(1)), reader.GetString(2),
                reader.GetString(3), reader.GetString(4), Enum.Parse<OrderStatus>(reader.GetString(5)), DateTimeOffset.Parse(reader.GetString(6),
                System.Globalization.CultureInfo.InvariantCulture), DateTimeOffset.Parse(reader.GetString(7), System.Globalization.CultureInfo.InvariantCulture),
                reader.GetString(8), reader.GetString(9), reader.GetInt32(10)));
        }
        return orders;
    }

    private SqliteCommand Command(string sql, params (string Name, object Value)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return command;
    }

    private void Execute(string sql)
    {
        using var command = Command(sql);
        command.ExecuteNonQuery();
    }
}
