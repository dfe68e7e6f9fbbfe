namespace Erp.Abstractions;

public enum ErpErrorKind
{
    /// <summary>The ERP could not take the request now (5xx, 429, timeout before sending); trying again is safe.</summary>
    Transient,
    /// <summary>The ERP refused the order as it is; trying again will not help.</summary>
    Rejected,
    /// <summary>The request may or may not have been applied (response lost); look the order up before trying again.</summary>
    UnknownOutcome,
}

/// <summary>An ERP call that failed, with what that means for the caller's next step.</summary>
public sealed class ErpException(ErpErrorKind kind, string message, Exception? inner = null) : Exception(message, inner)
{
    public ErpErrorKind Kind { get; } = kind;
}
