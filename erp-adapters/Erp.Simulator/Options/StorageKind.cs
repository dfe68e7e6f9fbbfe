namespace Erp.Simulator.Options;

public enum StorageKind
{
    /// <summary>Orders live in the process and are gone after a restart.</summary>
    Memory,
    /// <summary>Orders are kept in the SQLite file named by <see cref="SimulatorOptions.SqlitePath"/>.</summary>
    Sqlite,
}
