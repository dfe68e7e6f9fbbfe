namespace Configurator.Catalog.Engine;

/// <summary>
/// An immutable reduced ordered BDD laid out for fast queries: node 0 is false, node 1 is
/// true, the root is node 2 (when not a terminal), and every node comes before its children,
/// so one forward and one backward sweep answer a query in time linear in the node count.
/// </summary>
internal sealed class DecisionDiagram
{
    private readonly int[] _var;
    private readonly int[] _low;
    private readonly int[] _high;
    // The variable each child tests, kept beside the node so sweeps read memory in order.
    private readonly int[] _lowVar;
    private readonly int[] _highVar;

    private DecisionDiagram(int variableCount, int root, int[] var, int[] low, int[] high)
    {
        VariableCount = variableCount;
        Root = root;
        _var = var; _low = low; _high = high;
        _lowVar = [.. low.Select(c => var[c])];
        _highVar = [.. high.Select(c => var[c])];
    }

    public int VariableCount { get; }
    public int Root { get; }
    public int NodeCount => _var.Length;

    internal int Var(int node) => _var[node];
    internal int Low(int node) => _low[node];
    internal int High(int node) => _high[node];

    public static DecisionDiagram From(BddBuilder builder, int root)
    {
        var n = builder.VariableCount;
        if (root <= BddBuilder.True)
            return new DecisionDiagram(n, root, [n, n], [0, 1], [0, 1]);

        // Internal nodes by variable, so parents precede children.
        var internals = builder.Reachable(root).Where(x => x > BddBuilder.True)
            .OrderBy(builder.Var).ThenBy(x => x == root ? 0 : 1).ToArray();
        var index = new Dictionary<int, int> { [BddBuilder.False] = 0, [BddBuilder.True] = 1 };
        for (var i = 0; i < internals.Length; i++) index[internals[i]] = i + 2;

        var count = internals.Length + 2;
        int[] var = new int[count], low = new int[count], high = new int[count];
        var[0] = var[1] = n;
        low[1] = high[1] = 1;
        foreach (var node in internals)
        {
            var i = index[node];
            var[i] = builder.Var(node);
            low[i] = index[builder.Low(node)];
            high[i] = index[builder.High(node)];
        }
        return new DecisionDiagram(n, index[root], var, low, high);
    }

    /// <summary>Does some assignment that agrees with <paramref name="fixedValues"/> satisfy the diagram?</summary>
    public bool IsSatisfiable(sbyte[] fixedValues)
    {
        var reach = _scratch ??= new bool[4096];
        if (reach.Length < NodeCount) reach = _scratch = new bool[NodeCount];
        Backward(fixedValues, reach.AsSpan(0, NodeCount));
        return reach[Root];
    }

    // One sweep's scratch per thread, shared by every diagram: no allocation per check.
    [ThreadStatic] private static bool[]? _scratch;

    /// <summary>reach[n]: some path from n to true agrees with the fixed values.</summary>
    public void Backward(ReadOnlySpan<sbyte> fixedValues, Span<bool> reach)
    {
        reach[0] = false;
        reach[1] = true;
        for (var n = NodeCount - 1; n >= 2; n--)
        {
            var f = fixedValues[_var[n]];
            reach[n] = (f != 1 && reach[_low[n]]) || (f != 0 && reach[_high[n]]);
        }
    }

    /// <summary>
    /// For every variable, whether some satisfying assignment agreeing with the fixed values
    /// sets it true, and whether some sets it false. Returns false when none exists at all.
    /// </summary>
    public bool Domains(ReadOnlySpan<sbyte> fixedValues, Span<bool> canBeTrue, Span<bool> canBeFalse)
    {
        var nodes = NodeCount;
        var vars = VariableCount;
        var reachArray = System.Buffers.ArrayPool<bool>.Shared.Rent(nodes);
        var fromRootArray = System.Buffers.ArrayPool<bool>.Shared.Rent(nodes);
        var freeArray = System.Buffers.ArrayPool<int>.Shared.Rent(vars + 1);
        try
        {
            var reach = reachArray.AsSpan(0, nodes);
            var fromRoot = fromRootArray.AsSpan(0, nodes);
            var free = freeArray.AsSpan(0, vars + 1);
            fromRoot.Clear(); free.Clear(); canBeTrue.Clear(); canBeFalse.Clear();

            Backward(fixedValues, reach);
            if (!reach[Root]) return false;

            // Variables above the root are unconstrained.
            free[0]++; free[_var[Root]]--;
            fromRoot[Root] = true;
            for (var n = Root; n < nodes; n++)
            {
                if (n < 2 || !fromRoot[n] || !reach[n]) continue;
                var v = _var[n];
                var f = fixedValues[v];
                if (f != 1 && reach[_low[n]]) Follow(n, _low[n], v, canBeFalse, fromRoot, free);
                if (f != 0 && reach[_high[n]]) Follow(n, _high[n], v, canBeTrue, fromRoot, free);
            }

            var running = 0;
            for (var v = 0; v < vars; v++)
            {
                running += free[v];
                if (running <= 0) continue;
                var f = fixedValues[v];
                if (f != 0) canBeTrue[v] = true;
                if (f != 1) canBeFalse[v] = true;
            }
            return true;
        }
        finally
        {
            System.Buffers.ArrayPool<bool>.Shared.Return(reachArray);
            System.Buffers.ArrayPool<bool>.Shared.Return(fromRootArray);
            System.Buffers.ArrayPool<int>.Shared.Return(freeArray);
        }

        void Follow(int parent, int child, int v, Span<bool> branch, Span<bool> fromRoot, Span<int> free)
        {
            branch[v] = true;
            fromRoot[child] = true;
            // Variables skipped on this edge may take either value.
            var from = _var[parent] + 1;
            var to = _var[child];
            if (from < to) { free[from]++; free[to]--; }
        }
    }

    /// <summary>Cost cap of <see cref="Guidance"/>: two or more broken picks, or impossible.</summary>
    public const byte TwoOrMore = 2;

    /// <summary>
    /// For every variable, the fewest fixed-true variables (picks) a satisfying assignment must
    /// set false in order to set it true (<paramref name="breaksToBeTrue"/>) or false
    /// (<paramref name="breaksToBeFalse"/>), capped at <see cref="TwoOrMore"/>. Fixed-false
    /// variables are hard. Returns the fewest breaks overall: 0 when the picks fit together.
    /// </summary>
    /// <remarks>
    /// 0 answers availability exactly; 1 answers "possible by giving up one pick", which in a
    /// single-choice group is the pick the option would replace. One sweep each way.
    /// </remarks>
    public byte Guidance(ReadOnlySpan<sbyte> fixedValues, Span<byte> breaksToBeTrue, Span<byte> breaksToBeFalse)
    {
        // Only totals of 0 and 1 are answers, so paths breaking two picks are never followed:
        // with most groups picked, the sweeps touch a small part of the diagram.
        const int Unreachable = TwoOrMore;
        int nodes = NodeCount, vars = VariableCount;
        int[] varOf = _var, lowOf = _low, highOf = _high, lowVarOf = _lowVar, highVarOf = _highVar;
        var forward = System.Buffers.ArrayPool<byte>.Shared.Rent(nodes);
        var backward = System.Buffers.ArrayPool<byte>.Shared.Rent(nodes);
        // Skipped variables: freeAtZero counts edges of cost 0 over them, freeAtOne edges of cost 1.
        var freeAtZero = System.Buffers.ArrayPool<int>.Shared.Rent(vars + 1);
        var freeAtOne = System.Buffers.ArrayPool<int>.Shared.Rent(vars + 1);
        try
        {
            breaksToBeTrue.Fill(TwoOrMore);
            breaksToBeFalse.Fill(TwoOrMore);
            if (Root == 0) return TwoOrMore;

            // Down: the fewest picks broken on the way from the root to each node.
            Array.Fill(forward, (byte)Unreachable, 0, nodes);
            forward[Root] = 0;
            for (var n = Math.Max(Root, 2); n < nodes; n++)
            {
                int here = forward[n];
                if (here >= Unreachable) continue;
                var f = fixedValues[varOf[n]];
                var low = here + (f == 1 ? 1 : 0);
                if (low < forward[lowOf[n]]) forward[lowOf[n]] = (byte)low;
                if (f != 0 && here < forward[highOf[n]]) forward[highOf[n]] = (byte)here;
            }

            // Up, over the nodes reached: the fewest picks broken from each node to true. Both
            // directions of a node's edges are then final, so each edge's total is counted here too.
            Array.Clear(freeAtZero, 0, vars + 1);
            Array.Clear(freeAtOne, 0, vars + 1);
            backward[0] = Unreachable;
            backward[1] = 0;
            for (var n = nodes - 1; n >= 2; n--)
            {
                int here = forward[n];
                if (here >= Unreachable) { backward[n] = Unreachable; continue; }
                var v = varOf[n];
                var f = fixedValues[v];
                int low = lowOf[n], high = highOf[n];
                int lowRest = (forward[low] < Unreachable ? backward[low] : Unreachable) + (f == 1 ? 1 : 0);
                int highRest = f == 0 || forward[high] >= Unreachable ? Unreachable : backward[high];
                backward[n] = (byte)Math.Min(Math.Min(lowRest, highRest), Unreachable);

                var lowTotal = here + lowRest;
                if (lowTotal < Unreachable)
                {
                    if (lowTotal < breaksToBeFalse[v]) breaksToBeFalse[v] = (byte)lowTotal;
                    if (lowVarOf[n] > v + 1) MarkSkipped(v + 1, lowVarOf[n], lowTotal);
                }
                var highTotal = here + highRest;
                if (highTotal < Unreachable)
                {
                    if (highTotal < breaksToBeTrue[v]) breaksToBeTrue[v] = (byte)highTotal;
                    if (highVarOf[n] > v + 1) MarkSkipped(v + 1, highVarOf[n], highTotal);
                }
            }
            int best = Root == 1 ? 0 : backward[Root];
            if (best >= Unreachable)
            {
                breaksToBeTrue.Fill(TwoOrMore);
                breaksToBeFalse.Fill(TwoOrMore);
                return TwoOrMore;
            }
            MarkSkipped(0, varOf[Root], best);

            int zero = 0, one = 0;
            for (var v = 0; v < vars; v++)
            {
                zero += freeAtZero[v];
                one += freeAtOne[v];
                if (zero <= 0 && one <= 0) continue;
                var cost = zero > 0 ? 0 : 1;
                var f = fixedValues[v];
                if (f != 0 && cost < breaksToBeTrue[v]) breaksToBeTrue[v] = (byte)cost;
                var asFalse = f == 1 ? cost + 1 : cost;
                if (asFalse < breaksToBeFalse[v]) breaksToBeFalse[v] = (byte)asFalse;
            }
            return (byte)best;

            // Variables strictly between two tested levels may take either value at the edge's cost.
            void MarkSkipped(int from, int to, int total)
            {
                if (from >= to || total > 1) return;
                var counts = total == 0 ? freeAtZero : freeAtOne;
                counts[from]++;
                counts[to]--;
            }
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(forward);
            System.Buffers.ArrayPool<byte>.Shared.Return(backward);
            System.Buffers.ArrayPool<int>.Shared.Return(freeAtZero);
            System.Buffers.ArrayPool<int>.Shared.Return(freeAtOne);
        }
    }

    /// <summary>
    /// The satisfying assignment of least total cost that agrees with the fixed values, where
    /// setting variable v costs costTrue[v] or costFalse[v]; null when none exists.
    /// </summary>
    public (long Cost, bool[] Assignment)? MinimumCost(ReadOnlySpan<sbyte> fixedValues, ReadOnlySpan<long> costTrue, ReadOnlySpan<long> costFalse)
    {
        var vars = VariableCount;
        // Cheapest allowed value of each variable when the diagram does not test it.
        var skipCost = new long[vars + 1];
        var skipValue = new bool[vars];
        for (var v = 0; v < vars; v++)
        {
            var f = fixedValues[v];
            var takeTrue = f == 1 || (f == -1 && costTrue[v] < costFalse[v]);
            skipValue[v] = takeTrue;
            skipCost[v + 1] = skipCost[v] + (takeTrue ? costTrue[v] : costFalse[v]);
        }
        long Skipped(int from, int to) => from < to ? skipCost[to] - skipCost[from] : 0;

        const long Infinity = long.MaxValue / 4;
        var best = new long[NodeCount];
        var takeHigh = new bool[NodeCount];
        best[0] = Infinity;
        best[1] = 0;
        for (var n = NodeCount - 1; n >= 2; n--)
        {
            var v = _var[n];
            var f = fixedValues[v];
            var lowCost = f == 1 || best[_low[n]] >= Infinity ? Infinity
                : costFalse[v] + Skipped(v + 1, _var[_low[n]]) + best[_low[n]];
            var highCost = f == 0 || best[_high[n]] >= Infinity ? Infinity
                : costTrue[v] + Skipped(v + 1, _var[_high[n]]) + best[_high[n]];
            takeHigh[n] = highCost < lowCost;
            best[n] = Math.Min(lowCost, highCost);
        }
        if (best[Root] >= Infinity) return null;

        var assignment = new bool[vars];
        Array.Copy(skipValue, assignment, vars);
        for (var n = Root; n >= 2; n = takeHigh[n] ? _high[n] : _low[n])
            assignment[_var[n]] = takeHigh[n];
        return (best[Root] + Skipped(0, _var[Root]), assignment);
    }

    /// <summary>Does the complete assignment satisfy the diagram?</summary>
    public bool Evaluate(ReadOnlySpan<bool> assignment)
    {
        var n = Root;
        while (n >= 2) n = assignment[_var[n]] ? _high[n] : _low[n];
        return n == 1;
    }
}
