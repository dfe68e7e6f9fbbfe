namespace Configurator.Crm.Preferences;

/// <summary>The one guard the preference types use to reject illegal arguments.</summary>
internal static class Guard
{
    public static void Require(bool condition, string parameter, string message)
    {
        if (!condition) throw new ArgumentException(message, parameter);
    }
}
