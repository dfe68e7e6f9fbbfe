using Configurator.Orders.ErpSync;
using Configurator.Orders.Model;
using Erp.Abstractions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace Configurator.Orders.Workflow;

/// <summary>Reads back the ERP status of orders the ERP has and moves them on (in production, shipped, cancelled).</summary>
[DisallowConcurrentExecution]
public sealed partial class ErpStatusPollJob(IOrderRepository orders, ErpStatusUpdater updater, IOptionsMonitor<OrdersOptions> options,
    ILogger<ErpStatusPollJob> logger) : IJob
{
    public static readonly JobKey Key = new("erp-status-poll", "order-workflow");

    private static readonly OrderState[] WithErp = [OrderState.AcceptedByErp, OrderState.InProduction];

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var batch = await orders.ListAsync(WithErp, options.CurrentValue.StatusPollBatchSize, cancellationToken);
        var applied = 0;
        foreach (var order in batch)
        {
            try
            {
                var target = (await orders.FindAsync(order.Id, cancellationToken))?.Routing.Target;
                if (target is not null && await updater.PollAsync(order.Id, target, order.Number.Value, cancellationToken) == StatusUpdateOutcome.Applied)
                    applied++;
            }
            catch (Exception e) when (e is ErpException or HttpRequestException or TimeoutException)
            {
                // The next poll tries again; one unreachable ERP must not stop the others.
                LogPollFailed(order.Number.Value, e.Message);
            }
        }
        if (applied > 0) LogApplied(applied, batch.Count);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "ERP status of order {OrderNumber} could not be read: {Error}")]
    private partial void LogPollFailed(string orderNumber, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "ERP status poll moved {Applied} of {Polled} orders on")]
    private partial void LogApplied(int applied, int polled);
}
