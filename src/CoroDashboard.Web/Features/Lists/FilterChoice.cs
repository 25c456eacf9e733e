namespace CoroDashboard.Web.Features.Lists;

/// <summary>
/// One filter a list offers: its name as the gateway knows it (see <c>ListFilters</c>), the label
/// the user sees, and the values to pick from (wire value and label).
/// </summary>
public sealed record FilterChoice(string Name, string Label, IReadOnlyList<FilterOption> Options)
{
    /// <summary>The label of a value, also for one taken from a URL that is not offered.</summary>
    public string LabelOf(string value) =>
        Options.FirstOrDefault(option => option.Value == value)?.Label ?? $"Unknown ({value})";
}

public sealed record FilterOption(string Value, string Label);
