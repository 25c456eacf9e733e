namespace CoroDashboard.Simulator.Generation;

/// <summary>The few draws the generator needs, all from one seeded <see cref="Random"/>.</summary>
internal static class RandomExtensions
{
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string UpperDigits = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
    private const string Lower = "abcdefghijkmnopqrstuvwxyz";

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    public static int Between(this Random random, int min, int maxInclusive) => random.Next(min, maxInclusive + 1);

    public static TimeSpan Span(this Random random, TimeSpan min, TimeSpan max) =>
        min + TimeSpan.FromTicks((long)(random.NextDouble() * (max - min).Ticks));

    public static string Hex(this Random random, int length) => Text(random, "0123456789abcdef", length);

    public static string Digits(this Random random, int length) => Text(random, "0123456789", length);

    public static string UpperOrDigit(this Random random, int length) => Text(random, UpperDigits, length);

    public static string Letters(this Random random, int length, bool upper) =>
        Text(random, upper ? Upper : Lower, length);

    /// <summary>Picks an item with chances proportional to the weights.</summary>
    public static T Weighted<T>(this Random random, IReadOnlyList<(T Item, double Weight)> choices)
    {
        var total = 0.0;
        foreach (var choice in choices)
            total += choice.Weight;
        var roll = random.NextDouble() * total;
        foreach (var (item, weight) in choices)
        {
            roll -= weight;
            if (roll < 0)
                return item;
        }
        return choices[^1].Item;
    }

    private static string Text(Random random, string alphabet, int length) =>
        string.Create(length, (random, alphabet), static (span, state) =>
        {
            for (var i = 0; i < span.Length; i++)
                span[i] = state.alphabet[state.random.Next(state.alphabet.Length)];
        });
}
