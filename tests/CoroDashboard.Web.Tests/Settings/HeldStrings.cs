using System.Collections;
using System.Reflection;

namespace CoroDashboard.Web.Tests.Settings;

/// <summary>
/// Every string an object holds in its fields, following the dashboard's and MudBlazor's own
/// objects and collections a few levels down: what a circuit keeps in a component's state.
/// </summary>
public static class HeldStrings
{
    public static IEnumerable<string> Of(object root, int depth = 4)
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var found = new List<string>();
        Walk(root, depth, seen, found);
        return found;
    }

    private static void Walk(object? value, int depth, HashSet<object> seen, List<string> found)
    {
        switch (value)
        {
            case null:
                return;
            case string text:
                found.Add(text);
                return;
        }
        if (depth == 0 || value.GetType().IsPrimitive || !seen.Add(value))
            return;
        if (value is IEnumerable items and not string)
        {
            foreach (var item in items)
                Walk(item, depth - 1, seen, found);
            return;
        }
        if (!IsFollowed(value.GetType()))
            return;
        for (var type = value.GetType(); type is not null; type = type.BaseType)
            foreach (var field in type.GetFields(Declared))
                Walk(field.GetValue(value), depth - 1, seen, found);
    }

    private const BindingFlags Declared =
        BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.DeclaredOnly;

    private static bool IsFollowed(Type type) =>
        type.Assembly.GetName().Name is { } name
        && (name.StartsWith("CoroDashboard", StringComparison.Ordinal) || name == "MudBlazor"
            || type.IsGenericType && type.Name.StartsWith("ValueTuple", StringComparison.Ordinal));
}
