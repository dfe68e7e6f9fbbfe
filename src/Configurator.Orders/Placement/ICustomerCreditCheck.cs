namespace Configurator.Orders.Placement;

/// <summary>Whether finance holds a customer's orders; routing sends such orders to approval.</summary>
public interface ICustomerCreditCheck
{
    Task<bool> IsOnCreditHoldAsync(string customerNumber, CancellationToken cancellationToken);
}
