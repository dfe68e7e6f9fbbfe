using Microsoft.Extensions.Options;

namespace Configurator.Orders.Placement;

/// <summary>Credit holds from configuration (Orders:CreditHoldCustomers) until customer records carry them.</summary>
public sealed class ConfiguredCreditHolds(IOptionsMonitor<OrdersOptions> options) : ICustomerCreditCheck
{
    public Task<bool> IsOnCreditHoldAsync(string customerNumber, CancellationToken cancellationToken) =>
        Task.FromResult(options.CurrentValue.CreditHoldCustomers.Contains(customerNumber, StringComparer.OrdinalIgnoreCase));
}
