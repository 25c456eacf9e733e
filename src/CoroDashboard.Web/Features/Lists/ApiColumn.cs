using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace CoroDashboard.Web.Features.Lists;

/// <summary>
/// A template column whose sort is named by the API's field (for example <c>lastSeen</c>), so the
/// grid's sort state can be sent to the gateway as it is. Without a field the column cannot sort.
/// </summary>
public sealed class ApiColumn<T> : TemplateColumn<T>
{
    private readonly string _anonymous = "column-" + Guid.NewGuid().ToString("N");

    /// <summary>The list field this column sorts by, as the API spells it.</summary>
    [Parameter] public string? Field { get; set; }

    [CascadingParameter] public ListFrame? Frame { get; set; }

    public override string PropertyName => Field ?? _anonymous;

    public override Task SetParametersAsync(ParameterView parameters)
    {
        // Decided before the column registers with its grid, which reads both on first render.
        parameters.TryGetValue<string>(nameof(Field), out var field);
        parameters.TryGetValue<ListFrame>(nameof(Frame), out var frame);
        Sortable = field is not null;
        InitialDirection = field is not null && frame?.InitialSort == field
            ? frame.InitialDescending ? SortDirection.Descending : SortDirection.Ascending
            : SortDirection.None;
        return base.SetParametersAsync(parameters);
    }
}
