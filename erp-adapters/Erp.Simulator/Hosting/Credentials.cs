using System.Security.Cryptography;
using System.Text;

namespace Erp.Simulator.Hosting;

/// <summary>Checks the configured Basic or Bearer credentials; with none configured, every caller is let in.</summary>
public static class Credentials
{
    public static bool BasicMatches(HttpRequest request, string user, string password)
    {
        if (user.Length == 0) return true;
        var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}"));
        return FixedTimeEquals(request.Headers.Authorization.ToString(), expected);
    }

    public static bool BearerMatches(HttpRequest request, string token) =>
        token.Length == 0 || FixedTimeEquals(request.Headers.Authorization.ToString(), "Bearer " + token);

    private static bool FixedTimeEquals(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));
}
