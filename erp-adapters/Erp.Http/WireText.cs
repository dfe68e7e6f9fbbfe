namespace Erp.Http;

public static class WireText
{
    /// <summary>Cuts text to a field's length: ERPs refuse an order with an over-long text rather than cutting it themselves.</summary>
    public static string Truncate(string text, int maxLength) => text.Length <= maxLength ? text : text[..maxLength];
}
