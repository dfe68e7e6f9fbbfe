using Erp.Abstractions;

namespace Configurator.Orders.ErpSync;

/// <summary>The registered ERP adapters, by the name routing rules give them.</summary>
public sealed class ErpAdapters(IEnumerable<IErpAdapter> adapters)
{
    private readonly Dictionary<string, IErpAdapter> _byName = adapters.ToDictionary(a => a.Name, StringComparer.Ordinal);

    public IReadOnlyCollection<string> Names => _byName.Keys;

    /// <summary>The adapter for a target; a target naming no registered adapter is a rejection, not a transient failure.</summary>
    public IErpAdapter For(ErpTarget target) => _byName.TryGetValue(target.Adapter, out var adapter)
        ? adapter
        : throw new ErpException(ErpErrorKind.Rejected, $"No ERP adapter named '{target.Adapter}' is configured (have: {string.Join(", ", _byName.Keys)}).");
}
