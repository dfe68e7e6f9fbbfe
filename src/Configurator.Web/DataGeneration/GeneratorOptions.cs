using System.Globalization;

namespace Configurator.Web.DataGeneration;

/// <summary>
/// What `generate-data` makes: how many customers, over how many quarters (ending with the current one), from
/// which seed (the same seed makes the same customers), and whether adding to a database that has customers is meant.
/// </summary>
public sealed record GeneratorOptions(int Customers = 60, int Quarters = 8, int Seed = 42, bool Append = false)
{
    public const int MaxCustomers = 5_000;
    public const int MaxQuarters = 20;

    public const string Usage = """
        Usage: dotnet run --project src/Configurator.Web -- generate-data [--customers 60] [--quarters 8] [--seed 42] [--append]
          --customers  how many customers to make (1 to 5000, default 60)
          --quarters   how many quarters of history, ending with the current one (1 to 20, default 8)
          --seed       the same seed makes the same customers (default 42)
          --append     add to a database that already has customers (refused without it)
        Other arguments (--Database:ConnectionString=..., --Catalog:RulesPath=...) configure the app as when it runs.
        """;

    /// <summary>
    /// Reads the generator's own options; arguments that configure the host (a setting such as --Database:Provider=Sqlite
    /// or --contentRoot=...) are handed back in <paramref name="hostArgs"/>. An unknown --word is an error, not a setting.
    /// </summary>
    public static bool TryParse(IReadOnlyList<string> args, out GeneratorOptions options, out string[] hostArgs, out string? error)
    {
        options = new GeneratorOptions();
        var host = new List<string>();
        hostArgs = [];
        error = null;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            switch (arg)
            {
                case "--customers" or "--quarters" or "--seed":
                    if (i + 1 >= args.Count || !int.TryParse(args[i + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
                    {
                        error = $"{arg} needs a whole number.";
                        return false;
                    }
                    i++;
                    options = arg switch
                    {
                        "--customers" => options with { Customers = value },
                        "--quarters" => options with { Quarters = value },
                        _ => options with { Seed = value },
                    };
                    break;
                case "--append":
                    options = options with { Append = true };
                    break;
                default:
                    if (arg.Contains('=')) host.Add(arg);
                    // "--Section:Key value": the setting and its value.
                    else if (arg.StartsWith('-') && arg.Contains(':') && i + 1 < args.Count) host.AddRange([arg, args[++i]]);
                    else
                    {
                        error = $"Unknown option '{arg}'.";
                        return false;
                    }
                    break;
            }
        }
        if (options.Customers is < 1 or > MaxCustomers) error = $"--customers is between 1 and {MaxCustomers}.";
        else if (options.Quarters is < 1 or > MaxQuarters) error = $"--quarters is between 1 and {MaxQuarters}.";
        hostArgs = [.. host];
        return error is null;
    }
}
