using System.Text;
using CoroDashboard.Coro.Wire;

namespace CoroDashboard.Web.Features.Lists;

/// <summary>
/// Words for Coro's enumerated values. A value this dashboard does not know yet (Coro adds them
/// without notice) shows as "Unknown (value)", so it is visible rather than hidden or fatal.
/// </summary>
public static class WireText
{
    public const string Missing = "—";

    public static string Of<T>(WireEnum<T> value) where T : struct, Enum =>
        string.IsNullOrEmpty(value.Value) ? Missing
        : value.Known is { } known ? Words(known.ToString())
        : $"Unknown ({value.Value})";

    public static string Of<T>(WireEnum<T>? value) where T : struct, Enum =>
        value is { } present ? Of(present) : Missing;

    /// <summary>The label of a filter value given in wire spelling.</summary>
    public static string OfWire<T>(string wire) where T : struct, Enum => Of(new WireEnum<T>(wire));

    /// <summary>"MalwareOnEndpoint" reads "Malware on endpoint"; acronyms stay as they are.</summary>
    public static string Words(string name)
    {
        var text = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var startsWord = i > 0 && char.IsUpper(c) && !char.IsUpper(name[i - 1]);
            if (startsWord)
                text.Append(' ');
            text.Append(i > 0 && startsWord ? char.ToLowerInvariant(c) : c);
        }
        return text.ToString();
    }

    public static string YesNo(bool? value) =>
        value switch { true => "Yes", false => "No", null => Missing };

    public static string Count(int? count) =>
        count?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? Missing;

    /// <summary>Values joined by commas, or the missing mark when there are none.</summary>
    public static string List(IEnumerable<string?> values)
    {
        var present = values.Where(value => !string.IsNullOrWhiteSpace(value)).ToArray();
        return present.Length == 0 ? Missing : string.Join(", ", present);
    }
}
