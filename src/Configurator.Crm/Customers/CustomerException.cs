namespace Configurator.Crm.Customers;

/// <summary>A customer was asked to do what its state does not allow (a consumer made a key account, say).</summary>
public sealed class CustomerException(string message) : InvalidOperationException(message);
