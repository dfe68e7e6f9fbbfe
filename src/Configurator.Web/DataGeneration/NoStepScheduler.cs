using Configurator.Orders.Model;
using Configurator.Orders.Workflow;

namespace Configurator.Web.DataGeneration;

/// <summary>For historical orders: the generator moves them to Shipped itself, so no workflow job may pick them up.</summary>
internal sealed class NoStepScheduler : IOrderStepScheduler
{
    public Task ScheduleAsync(Order order, CancellationToken cancellationToken) => Task.CompletedTask;
}
