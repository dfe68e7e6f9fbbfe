using Configurator.Catalog.Model;

namespace Configurator.Tests.Support;

internal static class Contexts
{
    public static readonly DateOnly Today = new(2026, 11, 23);

    public static SelectionContext Na(int quantity = 1) => new("NA", Today, quantity, "enterprise");

    public static SelectionContext In(string region, int quantity = 1) => new(region, Today, quantity, "enterprise");
}
