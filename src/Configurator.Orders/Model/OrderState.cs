namespace Configurator.Orders.Model;

/// <summary>Where an order is in its workflow. Shipped, Rejected and Cancelled are final.</summary>
public enum OrderState
{
    Placed,
    AwaitingApproval,
    Approved,
    SubmittingToErp,
    AcceptedByErp,
    InProduction,
    Shipped,
    Rejected,
    Cancelled,
    /// <summary>A step ran out of attempts; operations retries or cancels it.</summary>
    NeedsAttention,
    /// <summary>The ERP is being asked to cancel an order it has (or may have) received.</summary>
    CancellingInErp,
}

/// <summary>What moves an order: people (approve, reject, retry, cancel), the workflow's jobs, and the ERP's status.</summary>
public enum OrderTrigger
{
    RequireApproval,
    Release,
    Approve,
    Reject,
    ErpAccepted,
    ErpRejected,
    GiveUp,
    Retry,
    Cancel,
    ErpCancelled,
    ErpInProduction,
    ErpShipped,
}

/// <summary>The durable steps a job performs; the one that gave up is the one a retry runs again.</summary>
public enum OrderStep { SubmitToErp, CancelInErp }
