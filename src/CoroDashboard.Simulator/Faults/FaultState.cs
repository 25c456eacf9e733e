using CoroDashboard.Simulator.Access;

namespace CoroDashboard.Simulator.Faults;

/// <summary>
/// The faults in force and the seeded random source behind every fault decision. Applying new
/// settings restarts the random sequence, so a test that sets faults and then calls in order sees
/// the same outcome on every run.
/// </summary>
internal sealed class FaultState
{
    private readonly Lock _sync = new();
    private readonly int _seed;
    private readonly TokenStore _tokens;
    private FaultSettings _current = new();
    private Random _random;

    public FaultState(SimulatorOptions options, TokenStore tokens)
    {
        _seed = options.Seed;
        _tokens = tokens;
        _random = new Random(_seed);
        Apply(options.Faults);
    }

    /// <summary>A copy of the settings in force.</summary>
    public FaultSettings Current
    {
        get
        {
            lock (_sync)
                return _current.Copy();
        }
    }

    /// <summary>The settings in force, not copied: read only.</summary>
    internal FaultSettings Live => Volatile.Read(ref _current);

    public void Apply(FaultSettings settings)
    {
        var copy = settings.Copy();
        if (copy.RevokeTokens)
            _tokens.RevokeAll();
        copy.RevokeTokens = false;
        lock (_sync)
        {
            _random = new Random(_seed);
            Volatile.Write(ref _current, copy);
        }
    }

    /// <summary>True with the given probability; never for 0, always for 1.</summary>
    public bool Roll(double probability)
    {
        if (probability <= 0)
            return false;
        if (probability >= 1)
            return true;
        lock (_sync)
            return _random.NextDouble() < probability;
    }

    public int NextUpTo(int maxInclusive)
    {
        if (maxInclusive <= 0)
            return 0;
        lock (_sync)
            return _random.Next(maxInclusive + 1);
    }
}
