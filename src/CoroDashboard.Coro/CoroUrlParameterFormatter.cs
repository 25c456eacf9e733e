using System.Globalization;
using System.Reflection;
using Refit;

namespace CoroDashboard.Coro;

/// <summary>
/// Formats query and path values the way Coro expects: booleans in lower case, enums by their
/// wire name, and numbers in the invariant culture.
/// </summary>
public sealed class CoroUrlParameterFormatter : IUrlParameterFormatter
{
    public string? Format(object? value, ICustomAttributeProvider attributeProvider, Type type) =>
        value switch
    {
        null => null,
        bool flag => flag ? "true" : "false",
        Enum member => WireName(member),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static string WireName(Enum member)
    {
        var method = typeof(Wire.WireNames<>).MakeGenericType(member.GetType())
            .GetMethod(nameof(Wire.WireNames<DayOfWeek>.ToWire))!;
        return (string)method.Invoke(null, [member])!;
    }
}
