namespace Configurator.Crm;

/// <summary>The one guard helper the CRM value types use to reject illegal arguments.</summary>
internal static class Guard
{
    public static void Require(bool condition, string parameter, string message)
    {
        if (!condition) throw new ArgumentException(message, parameter);
    }
}
