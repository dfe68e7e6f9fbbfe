namespace Configurator.Web.Apis;

/// <summary>Marks on a customer's timeline and profile that follow a committed action (an order, a quote, a save).</summary>
internal static class CustomerActivity
{
    /// <summary>
    /// Runs the recording; a storage failure is logged, not returned: the order or quote stands, and its mark on the
    /// customer is secondary and must not turn a done action into an error.
    /// </summary>
    public static async Task BestEffortAsync(IServiceProvider services, string what, string customerNumber, Func<Task> record)
    {
        try
        {
            await record();
        }
        catch (Exception e) when (e is Microsoft.EntityFrameworkCore.DbUpdateException or System.Data.Common.DbException)
        {
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(CustomerActivity))
                .LogWarning(e, "{What} was done but not recorded on customer {CustomerNumber}", what, customerNumber);
        }
    }
}
