namespace CoroDashboard.Gateway.Lists;

/// <summary>
/// An agent version that sorts the way people read versions: 3.10 after 3.9. Numeric parts
/// compare as numbers, anything else as text.
/// </summary>
internal readonly struct VersionKey(string text) : IComparable
{
    private static readonly char[] Separators = ['.', '-', '+', '_', ' '];

    public string Text { get; } = text;

    public static VersionKey? From(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : new VersionKey(text);

    public static int Compare(string left, string right)
    {
        var a = left.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        var b = right.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            if (i >= a.Length)
                return -1;
            if (i >= b.Length)
                return 1;
            var order = long.TryParse(a[i], out var x) && long.TryParse(b[i], out var y)
                ? x.CompareTo(y)
                : string.Compare(a[i], b[i], StringComparison.OrdinalIgnoreCase);
            if (order != 0)
                return order;
        }
        return 0;
    }

    public int CompareTo(object? other) => other is VersionKey version ? Compare(Text, version.Text) : 1;

    public override string ToString() => Text;
}
