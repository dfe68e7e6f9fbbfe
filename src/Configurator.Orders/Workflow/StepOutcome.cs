namespace Configurator.Orders.Workflow;

/// <summary>How a step attempt ended: finished (whatever the order's new state), or to be tried again later.</summary>
public enum StepOutcome { Done, TryAgain }
