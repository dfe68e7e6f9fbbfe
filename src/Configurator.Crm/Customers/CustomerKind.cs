namespace Configurator.Crm.Customers;

/// <summary>One customer database for both: consumers buy for themselves, businesses through people in buying roles.</summary>
public enum CustomerKind { Consumer, Business }
