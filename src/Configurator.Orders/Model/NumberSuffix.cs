using System.Security.Cryptography;

namespace Configurator.Orders.Model;

/// <summary>The random part of our document numbers: 40 random bits as eight Crockford base-32 characters.</summary>
internal static class NumberSuffix
{
    public const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string New()
    {
        Span<byte> random = stackalloc byte[5];
        RandomNumberGenerator.Fill(random);
        var bits = ((ulong)random[0] << 32) | ((ulong)random[1] << 24) | ((ulong)random[2] << 16) | ((ulong)random[3] << 8) | random[4];
        Span<char> suffix = stackalloc char[8];
        for (var i = 7; i >= 0; i--, bits >>= 5) suffix[i] = Alphabet[(int)(bits & 31)];
        return new string(suffix);
    }

    /// <summary>"PP-yyMMdd-XXXXXXXX" with the given two-letter prefix.</summary>
    public static bool IsWellFormed(string? value, string prefix) =>
        value is { Length: 18 } && value.StartsWith(prefix, StringComparison.Ordinal) && value[2] == '-' && value[9] == '-'
        && value.AsSpan(3, 6).IndexOfAnyExceptInRange('0', '9') < 0
        && value.AsSpan(10).IndexOfAnyExcept(Alphabet) < 0;
}
