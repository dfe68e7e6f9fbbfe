namespace Erp.Abstractions;

/// <summary>
/// One ERP system. Submission is idempotent: an adapter looks the order up by its external
/// reference first, and returns the existing ERP order instead of creating a second one.
/// Failures are <see cref="ErpException"/>s that say whether trying again is safe.
/// </summary>
public interface IErpAdapter
{
    /// <summary>The adapter's name, as routing rules name it in <see cref="ErpTarget.Adapter"/>.</summary>
    string Name { get; }

    Task<ErpSubmission> SubmitAsync(ErpSalesOrder order, CancellationToken cancellationToken);

    /// <summary>The order's status in the ERP, or null when the ERP has no order with this reference.</summary>
    Task<ErpOrderState?> GetStatusAsync(ErpTarget target, string externalReference, CancellationToken cancellationToken);

    Task CancelAsync(ErpTarget target, string externalReference, CancellationToken cancellationToken);
}

/// <summary>The ERP's own order number for our order, and whether this call created it or found it.</summary>
public sealed record ErpSubmission(string ErpOrderNumber, bool AlreadyExisted);

public enum ErpOrderStatus { Accepted, InProduction, Shipped, Cancelled, Rejected }

public sealed record ErpOrderState(string ErpOrderNumber, ErpOrderStatus Status, string? Detail);
