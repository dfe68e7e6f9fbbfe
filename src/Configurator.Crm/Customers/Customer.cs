namespace Configurator.Crm.Customers;

/// <summary>
/// A customer in the one customer database: basic information, contacts (for businesses, the decision
/// unit), every interaction on one timeline, and for key accounts the key-account profile. It changes
/// only through these methods; what a state does not allow throws a <see cref="CustomerException"/>.
/// </summary>
public sealed class Customer
{
    private readonly List<Contact> _contacts;
    private readonly List<Interaction> _timeline;

    private Customer(CustomerNumber number, CustomerKind kind, string name, string? email, PostalAddress address, DateTimeOffset createdAt,
        KeyAccountProfile? keyAccount, IEnumerable<Contact> contacts, IEnumerable<Interaction> timeline)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Number = number;
        Kind = kind;
        Name = name;
        Email = email;
        Address = address;
        CreatedAt = createdAt;
        KeyAccount = keyAccount;
        _contacts = [.. contacts];
        _timeline = [.. timeline.OrderBy(i => i.At)];
    }

    public CustomerNumber Number { get; }
    public CustomerKind Kind { get; }
    public string Name { get; private set; }
    public string? Email { get; private set; }
    public PostalAddress Address { get; private set; }
    public DateTimeOffset CreatedAt { get; }
    public KeyAccountProfile? KeyAccount { get; private set; }
    public bool IsKeyAccount => KeyAccount is not null;
    public IReadOnlyList<Contact> Contacts => _contacts;
    public IReadOnlyList<Interaction> Timeline => _timeline;

    public static Customer Register(CustomerNumber number, CustomerKind kind, string name, string? email, PostalAddress address, DateTimeOffset at) =>
        new(number, kind, name, email, address, at, null, [], []);

    public static Customer Restore(CustomerNumber number, CustomerKind kind, string name, string? email, PostalAddress address, DateTimeOffset createdAt,
        KeyAccountProfile? keyAccount, IEnumerable<Contact> contacts, IEnumerable<Interaction> timeline) =>
        new(number, kind, name, email, address, createdAt, keyAccount, contacts, timeline);

    public void AddContact(Contact contact)
    {
        if (_contacts.Any(c => c.Id == contact.Id)) throw new CustomerException($"Contact {contact.Id} is already on customer {Number}.");
        if (Kind == CustomerKind.Consumer && _contacts.Count > 0) throw new CustomerException($"Consumer {Number} has one contact: the customer.");
        _contacts.Add(contact);
    }

    /// <summary>Makes a business customer a key account, or updates its key-account profile.</summary>
    public void TrackAsKeyAccount(KeyAccountProfile profile, string by, DateTimeOffset at)
    {
        if (Kind != CustomerKind.Business) throw new CustomerException($"Consumer {Number} cannot be a key account.");
        var stageChanged = KeyAccount?.Stage != profile.Stage;
        KeyAccount = profile;
        if (stageChanged) Record(new Interaction(Guid.NewGuid(), InteractionKind.FunnelStageChanged, at, by, $"Funnel stage {profile.Stage}"));
    }

    /// <summary>Adds an interaction in time order (late arrivals, such as a service call entered the next day, slot in).</summary>
    public void Record(Interaction interaction)
    {
        if (_timeline.Any(i => i.Id == interaction.Id)) throw new CustomerException($"Interaction {interaction.Id} is already on customer {Number}'s timeline.");
        var index = _timeline.FindLastIndex(i => i.At <= interaction.At) + 1;
        _timeline.Insert(index, interaction);
    }

    /// <summary>
    /// Records the customer's post-delivery satisfaction with an order (1 = very dissatisfied … 5 = very satisfied). One score per
    /// order: the first stands, a second is refused. The comment, when given, is the entry's summary.
    /// </summary>
    public Interaction RateSatisfaction(string orderNumber, string familyId, int score, string? comment, string by, DateTimeOffset at)
    {
        if (score is < 1 or > 5) throw new ArgumentOutOfRangeException(nameof(score), score, "A satisfaction score runs from 1 to 5.");
        if (_timeline.Any(i => i.Kind == InteractionKind.SatisfactionRated && i.Reference == orderNumber))
            throw new CustomerException($"Order {orderNumber} has been rated already; the first score stands.");
        var summary = string.IsNullOrWhiteSpace(comment) ? $"Rated {score}/5 after delivery of order {orderNumber}" : comment.Trim();
        var rating = new Interaction(Guid.NewGuid(), InteractionKind.SatisfactionRated, at, by, summary, orderNumber, familyId, score);
        Record(rating);
        return rating;
    }

    /// <summary>Purchase history by product: orders per family, with their value, per currency.</summary>
    public IReadOnlyList<PurchaseTotal> PurchasesByFamily() =>
        [.. _timeline.Where(i => i.Kind == InteractionKind.OrderPlaced && i.FamilyId is not null && i.Value is not null && i.Currency is not null)
            .GroupBy(i => (i.FamilyId!, i.Currency!))
            .Select(g => new PurchaseTotal(g.Key.Item1, g.Count(), g.Sum(i => i.Value!.Value), g.Key.Item2, g.Max(i => i.At)))
            .OrderByDescending(p => p.Value)];
}
