using System.Globalization;
using Configurator.Crm;
using Configurator.Crm.Analysis;
using Configurator.Crm.Customers;
using Configurator.Orders.Model;

namespace Configurator.Web.DataGeneration;

/// <summary>What one run made, counted per kind, and how long it took; the command prints it, the tests read it.</summary>
public sealed class GenerationSummary(GeneratorOptions options, IReadOnlyList<Quarter> window)
{
    public GeneratorOptions Options { get; } = options;
    public IReadOnlyList<Quarter> Window { get; } = window;
    public List<CustomerNumber> Customers { get; } = [];
    public int Consumers { get; set; }
    public int Businesses { get; set; }
    public int KeyAccounts { get; set; }
    public int Subsidiaries { get; set; }
    public int Contacts { get; set; }
    public Dictionary<InteractionKind, int> Interactions { get; } = [];
    public int BuyingPowerEstimates { get; set; }
    public List<Guid> Configurations { get; } = [];
    public int OrderedConfigurations { get; set; }
    public List<Guid> Orders { get; } = [];
    public Dictionary<OrderState, int> OrdersByState { get; } = [];
    public SortedDictionary<Quarter, int> OrdersByQuarter { get; } = [];
    public int PreferenceEvents { get; set; }
    public int NotOrdered { get; set; }
    public SortedDictionary<Quarter, IReadOnlyList<RadSnapshot>> Rad { get; } = [];
    public int Quotes { get; set; }
    public int LostQuotes { get; set; }
    public int PriceLists { get; set; }
    public TimeSpan Elapsed { get; set; }

    public void Write(TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"Generated demo data with seed {Options.Seed}: {Window[0]} to {Window[^1]}, in {Elapsed.TotalSeconds:0.0} s"));
        output.WriteLine(string.Create(c,
            $"  customers         {Customers.Count,6}  ({Consumers} consumers, {Businesses} businesses, of which {KeyAccounts} key accounts, {Subsidiaries} of them subsidiaries)"));
        output.WriteLine(string.Create(c, $"  contacts          {Contacts,6}"));
        output.WriteLine(string.Create(c, $"  buying power      {BuyingPowerEstimates,6}  estimates on {KeyAccounts} key accounts"));
        output.WriteLine(string.Create(c,
            $"  configurations    {Configurations.Count,6}  saved ({OrderedConfigurations} ordered, {Configurations.Count - OrderedConfigurations} compared and not ordered)"));
        output.WriteLine(string.Create(c, $"  orders            {Orders.Count,6}  ({Join(OrdersByState.OrderBy(s => s.Key).Select(s => $"{s.Key} {s.Value}"))})"));
        output.WriteLine($"    per quarter             {Join(OrdersByQuarter.Select(q => $"{q.Key} {q.Value}"))}");
        if (NotOrdered > 0) output.WriteLine(string.Create(c, $"    not placed      {NotOrdered,6}  (no orderable configuration or placement refused)"));
        output.WriteLine(string.Create(c, $"  preference events {PreferenceEvents,6}"));
        output.WriteLine(string.Create(c, $"  interactions      {Interactions.Values.Sum(),6}  ({Join(Interactions.OrderBy(i => i.Key).Select(i => $"{i.Key} {i.Value}"))})"));
        if (Rad.Count > 0)
        {
            var (quarter, latest) = Rad.Last();
            var classes = Join(latest.GroupBy(s => s.Class).OrderByDescending(g => g.Key).Select(g => $"{g.Key} {g.Count()}"));
            output.WriteLine(string.Create(c, $"  RAD snapshots     {Rad.Values.Sum(s => s.Count),6}  for {Rad.Count} past quarters; {quarter}: {classes}"));
        }
        output.WriteLine(string.Create(c, $"  price lists       {PriceLists,6}  negotiated terms of the key accounts"));
        output.WriteLine(string.Create(c, $"  quotes            {Quotes,6}  ({Quotes - LostQuotes} accepted as orders, {LostQuotes} lost)"));
    }

    private static string Join(IEnumerable<string> parts) => string.Join(", ", parts);
}
