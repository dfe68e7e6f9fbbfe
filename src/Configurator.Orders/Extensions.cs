using Configurator.Orders.ErpSync;
using Configurator.Orders.Placement;
using Configurator.Orders.Quotes;
using Configurator.Orders.Workflow;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Quartz;

namespace Configurator.Orders;

public static class Extensions
{
    /// <summary>
    /// Order placement and the order workflow: its steps and recurring jobs run in Quartz with the
    /// persistent job store that <paramref name="useStore"/> points at the application database.
    /// The host registers the ERP adapters (as IErpAdapter), the routing rules store and the repositories.
    /// A <paramref name="clustered"/> store shares the database with other instances, each with its own id;
    /// <paramref name="moreJobs"/> adds the host's other recurring jobs to the same scheduler.
    /// </summary>
    public static IHostApplicationBuilder AddConfiguratorOrders(this IHostApplicationBuilder builder, Action<IPersistentStoreBuilder> useStore,
        bool clustered, Action<IQuartzBuilder>? moreJobs = null)
    {
        builder.Services.AddOptions<OrdersOptions>().Bind(builder.Configuration.GetSection(OrdersOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<ICustomerCreditCheck, ConfiguredCreditHolds>();
        builder.Services.AddScoped<ErpAdapters>();
        builder.Services.AddSingleton<IOrderStepScheduler, QuartzOrderStepScheduler>();
        builder.Services.AddScoped<OrderPlacement>();
        builder.Services.AddOptions<QuotingOptions>().Bind(builder.Configuration.GetSection(QuotingOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => o.RepDiscountAuthorityPercent <= o.MaxRepDiscountPercent && o.ManagerDiscountAuthorityPercent <= o.MaxRepDiscountPercent,
                "Quoting: no discount authority exceeds MaxRepDiscountPercent.")
            .Validate(o => o.DefaultValidityDays <= o.MaxValidityDays, "Quoting: DefaultValidityDays is at most MaxValidityDays.")
            .Validate(o => o.StandardVolumeBreaks is null || o.StandardVolumeBreaks.Select(b => b.MinQuantity).Distinct().Count() == o.StandardVolumeBreaks.Count,
                "Quoting: each standard volume break starts at a different quantity.")
            .ValidateOnStart();
        builder.Services.AddScoped<QuoteDesk>();
        builder.Services.AddScoped<ErpStatusUpdater>();
        builder.Services.AddScoped<OrderStepRunner>();

        var options = builder.Configuration.GetSection(OrdersOptions.Section).Get<OrdersOptions>() ?? new OrdersOptions();
        builder.Services.AddQuartz(q =>
        {
            q.ConfigureScheduler(s =>
            {
                s.InstanceName = "configurator";
                s.GenerateInstanceId = clustered;
                // Acquire due steps in batches: one store round trip for many orders.
                s.MaxBatchSize = options.WorkflowConcurrency;
            });
            q.UseDefaultThreadPool(t => t.MaxConcurrency = options.WorkflowConcurrency);
            q.UsePersistentStore(store =>
            {
                useStore(store);
                store.ProvisionSchema();
            });
            q.ScheduleJob<ErpStatusPollJob>(
                trigger => trigger.WithIdentity(ErpStatusPollJob.Key.Name, ErpStatusPollJob.Key.Group).StartNow()
                    .WithSimpleSchedule(s => s.WithInterval(options.StatusPollInterval).RepeatForever()),
                job => job.WithIdentity(ErpStatusPollJob.Key));
            q.ScheduleJob<WorkflowReconcileJob>(
                trigger => trigger.WithIdentity(WorkflowReconcileJob.Key.Name, WorkflowReconcileJob.Key.Group).StartNow()
                    .WithSimpleSchedule(s => s.WithInterval(options.ReconcileInterval).RepeatForever()),
                job => job.WithIdentity(WorkflowReconcileJob.Key));
            moreJobs?.Invoke(q);
        });
        builder.Services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return builder;
    }
}
