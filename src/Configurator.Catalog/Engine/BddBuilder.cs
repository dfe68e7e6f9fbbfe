namespace Configurator.Catalog.Engine;

/// <summary>
/// A small reduced ordered binary decision diagram package, used only while a family
/// is compiled. Nodes are ints: 0 is false, 1 is true; variable order is the index order.
/// </summary>
internal sealed class BddBuilder
{
    public const int False = 0;
    public const int True = 1;

    private readonly List<int> _var = [];
    private readonly List<int> _low = [];
    private readonly List<int> _high = [];
    private readonly Dictionary<(int Var, int Low, int High), int> _unique = [];
    private readonly Dictionary<(int A, int B), int> _andCache = [];
    private readonly Dictionary<(int A, int B), int> _orCache = [];
    private readonly Dictionary<int, int> _notCache = [];

    public BddBuilder(int variableCount)
    {
        VariableCount = variableCount;
        // Terminals sit below every variable.
        _var.Add(variableCount); _low.Add(False); _high.Add(False);
        _var.Add(variableCount); _low.Add(True); _high.Add(True);
    }

    public int VariableCount { get; }

    public int NodeCount => _var.Count;

    public int Var(int node) => _var[node];
    public int Low(int node) => _low[node];
    public int High(int node) => _high[node];

    public int MakeNode(int variable, int low, int high)
    {
        if (low == high) return low;
        var key = (variable, low, high);
        if (_unique.TryGetValue(key, out var existing)) return existing;
        var id = _var.Count;
        _var.Add(variable); _low.Add(low); _high.Add(high);
        _unique[key] = id;
        return id;
    }

    public int Literal(int variable, bool positive) =>
        positive ? MakeNode(variable, False, True) : MakeNode(variable, True, False);

    public int Not(int a)
    {
        if (a == False) return True;
        if (a == True) return False;
        if (_notCache.TryGetValue(a, out var cached)) return cached;
        var result = MakeNode(_var[a], Not(_low[a]), Not(_high[a]));
        _notCache[a] = result;
        return result;
    }

    public int And(int a, int b)
    {
        if (a == False || b == False) return False;
        if (a == True) return b;
        if (b == True || a == b) return a;
        if (a > b) (a, b) = (b, a);
        if (_andCache.TryGetValue((a, b), out var cached)) return cached;
        var (v, aLow, aHigh, bLow, bHigh) = Split(a, b);
        var result = MakeNode(v, And(aLow, bLow), And(aHigh, bHigh));
        _andCache[(a, b)] = result;
        return result;
    }

    public int Or(int a, int b)
    {
        if (a == True || b == True) return True;
        if (a == False) return b;
        if (b == False || a == b) return a;
        if (a > b) (a, b) = (b, a);
        if (_orCache.TryGetValue((a, b), out var cached)) return cached;
        var (v, aLow, aHigh, bLow, bHigh) = Split(a, b);
        var result = MakeNode(v, Or(aLow, bLow), Or(aHigh, bHigh));
        _orCache[(a, b)] = result;
        return result;
    }

    public int Implies(int a, int b) => Or(Not(a), b);

    public int AndAll(IEnumerable<int> nodes)
    {
        var result = True;
        foreach (var node in nodes)
        {
            result = And(result, node);
            if (result == False) break;
        }
        return result;
    }

    public int OrAll(IEnumerable<int> nodes)
    {
        var result = False;
        foreach (var node in nodes)
        {
            result = Or(result, node);
            if (result == True) break;
        }
        return result;
    }

    /// <summary>
    /// Σ weight·x ≤ limit over the given (variable, weight) terms; weights may be negative.
    /// Built bottom-up over the variable order with the partial sum as state.
    /// </summary>
    public int AtMost(IReadOnlyList<(int Variable, long Weight)> terms, long limit)
    {
        // Common factors do not change the answer but multiply the partial sums to tell apart.
        var divisor = CommonDivisor(terms.Select(t => t.Weight));
        if (divisor > 1)
        {
            terms = [.. terms.Select(t => (t.Variable, t.Weight / divisor))];
            limit = (long)Math.Floor((decimal)limit / divisor);
        }
        var ordered = terms.Where(t => t.Weight != 0).OrderBy(t => t.Variable).ToArray();
        // minRest[i]/maxRest[i]: the smallest/largest sum the terms from i on can add.
        var minRest = new long[ordered.Length + 1];
        var maxRest = new long[ordered.Length + 1];
        for (var i = ordered.Length - 1; i >= 0; i--)
        {
            minRest[i] = minRest[i + 1] + Math.Min(0, ordered[i].Weight);
            maxRest[i] = maxRest[i + 1] + Math.Max(0, ordered[i].Weight);
        }
        var memo = new Dictionary<(int, long), int>();
        return Build(0, 0);

        int Build(int index, long sum)
        {
            if (sum + maxRest[index] <= limit) return True;
            if (sum + minRest[index] > limit) return False;
            if (memo.TryGetValue((index, sum), out var cached)) return cached;
            var (variable, weight) = ordered[index];
            var node = MakeNode(variable, Build(index + 1, sum), Build(index + 1, sum + weight));
            memo[(index, sum)] = node;
            return node;
        }
    }

    /// <summary>The greatest common divisor of the weights' sizes; 0 when all are 0.</summary>
    public static long CommonDivisor(IEnumerable<long> weights) =>
        weights.Aggregate(0L, (g, w) => (long)System.Numerics.BigInteger.GreatestCommonDivisor(g, Math.Abs(w)));

    public int AtLeast(IReadOnlyList<(int Variable, long Weight)> terms, long bound) =>
        AtMost(terms.Select(t => (t.Variable, -t.Weight)).ToArray(), -bound);

    /// <summary>Collects the nodes reachable from <paramref name="root"/>.</summary>
    public IReadOnlyList<int> Reachable(int root)
    {
        var seen = new HashSet<int>();
        var stack = new Stack<int>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (!seen.Add(node) || node <= True) continue;
            stack.Push(_low[node]);
            stack.Push(_high[node]);
        }
        return [.. seen];
    }

    private (int Var, int ALow, int AHigh, int BLow, int BHigh) Split(int a, int b)
    {
        int va = _var[a], vb = _var[b];
        var v = Math.Min(va, vb);
        return (v,
            va == v ? _low[a] : a, va == v ? _high[a] : a,
            vb == v ? _low[b] : b, vb == v ? _high[b] : b);
    }
}
