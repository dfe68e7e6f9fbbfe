namespace Erp.Http;

/// <summary>What a lost answer would mean: nothing (a read) or an unknown change in the ERP.</summary>
public enum ErpRequestEffect
{
    /// <summary>A lookup or token fetch; if it fails, nothing happened and it may be tried again.</summary>
    ReadOnly,
    /// <summary>A create, change or delete; if its answer is lost, the ERP may have applied it.</summary>
    Modifying,
}
