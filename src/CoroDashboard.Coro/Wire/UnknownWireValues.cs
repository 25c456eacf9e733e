namespace CoroDashboard.Coro.Wire;

/// <summary>
/// Collects enum values that Coro sent and this client does not know, while one response is
/// read. The content serializer opens a scope around each read and logs what it collected, so an
/// unknown value is logged once per enum type rather than once per row.
/// </summary>
public static class UnknownWireValues
{
    [ThreadStatic]
    private static List<(Type EnumType, string Value)>? _current;

    /// <summary>Starts collecting on this thread; dispose to stop and read what was seen.</summary>
    public static Scope Collect() => new();

    internal static void Report(Type enumType, string value) => _current?.Add((enumType, value));

    /// <summary>One response's worth of unknown values.</summary>
    public readonly struct Scope : IDisposable
    {
        private readonly List<(Type EnumType, string Value)>? _previous;
        private readonly List<(Type EnumType, string Value)> _seen;

        public Scope()
        {
            _previous = _current;
            _seen = [];
            _current = _seen;
        }

        public IReadOnlyList<(Type EnumType, string Value)> Seen => _seen;

        public void Dispose() => _current = _previous;
    }
}
