using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Erp.Simulator.Storage;

/// <summary>Orders in one SQLite file, so they survive a restart. One connection behind a lock keeps it thread-safe.</summary>
public sealed class SqliteOrderStore : IOrderStore, IDisposable
{
    private const string Columns = "id, system, company, external_reference, number, status, created_at, modified_at, header, lines, line_count";
    private readonly Lock _gate = new();
    private readonly SqliteConnection _connection;

    public SqliteOrderStore(string path)
    {
        // No pooling: a stopped simulator leaves the file closed, so a test can delete it or a new run reopen it.
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        _connection.Open();
        Execute($"""
            CREATE TABLE IF NOT EXISTS orders (
              id TEXT PRIMARY KEY, system TEXT NOT NULL, company TEXT NOT NULL, external_reference TEXT NOT NULL,
              number TEXT NOT NULL, status TEXT NOT NULL, created_at TEXT NOT NULL, modified_at TEXT NOT NULL,
              header TEXT NOT NULL, lines TEXT NOT NULL, line_count INTEGER NOT NULL);
            """);
    }

    public StoredOrder Add(ErpSystem system, Func<int, StoredOrder> create)
    {
        lock (_gate)
        {
            using var count = Command("SELECT COUNT(*) FROM orders WHERE system = $system", ("$system", system.ToString()));
            var order = create(Convert.ToInt32(count.ExecuteScalar(), CultureInfo.InvariantCulture) + 1);
            using var insert = Command($"INSERT INTO orders ({Columns}) VALUES ($id, $system, $company, $ref, $number, $status, $created, $modified, $header, $lines, $count)",
                Parameters(order));
            insert.ExecuteNonQuery();
            return order;
        }
    }

    public StoredOrder? Find(Guid id)
    {
        lock (_gate) return Read($"SELECT {Columns} FROM orders WHERE id = $id", ("$id", id.ToString())).SingleOrDefault();
    }

    public IReadOnlyList<StoredOrder> All()
    {
        lock (_gate) return Read($"SELECT {Columns} FROM orders ORDER BY created_at, rowid");
    }

    public bool Update(StoredOrder order)
    {
        lock (_gate)
        {
            using var update = Command("""
                UPDATE orders SET system = $system, company = $company, external_reference = $ref, number = $number, status = $status,
                  created_at = $created, modified_at = $modified, header = $header, lines = $lines, line_count = $count WHERE id = $id
                """, Parameters(order));
            return update.ExecuteNonQuery() == 1;
        }
    }

    public void Clear()
    {
        lock (_gate) Execute("DELETE FROM orders");
    }

    public void Dispose() => _connection.Dispose();

    private static (string, object)[] Parameters(StoredOrder order) =>
    [
        ("$id", order.Id.ToString()), ("$system", order.System.ToString()), ("$company", order.Company),
        ("$ref", order.ExternalReference), ("$number", order.ErpOrderNumber), ("$status", order.Status.ToString()),
        ("$created", order.CreatedAt.ToString("O", CultureInfo.InvariantCulture)),
        ("$modified", order.ModifiedAt.ToString("O", CultureInfo.InvariantCulture)),
        ("$header", order.Header), ("$lines", order.Lines), ("$count", order.LineCount),
    ];

    private List<StoredOrder> Read(string sql, params (string, object)[] parameters)
    {
        using var command = Command(sql, parameters);
        using var reader = command.ExecuteReader();
        var orders = new List<StoredOrder>();
        while (reader.Read())
        {
            orders.Add(new StoredOrder(
                Guid.Parse(reader.GetString(0)), Enum.Parse<ErpSystem>(reader.GetString(1)), reader.GetString(2), reader.GetString(3),
                reader.GetString(4), Enum.Parse<OrderStatus>(reader.GetString(5)),
                DateTimeOffset.Parse(reader.GetString(6), CultureInfo.InvariantCulture),
                DateTimeOffset.Parse(reader.GetString(7), CultureInfo.InvariantCulture),
                reader.GetString(8), reader.GetString(9), reader.GetInt32(10)));
        }
        return orders;
    }

    private void Execute(string sql)
    {
        using var command = Command(sql);
        command.ExecuteNonQuery();
    }

    private SqliteCommand Command(string sql, params (string Name, object Value)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return command;
    }
}
