using System.Security.Claims;
using CoroDashboard.Gateway;
using CoroDashboard.Gateway.Lists;
using CoroDashboard.Gateway.Results;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.Extensions.Logging;
using MudBlazor;

namespace CoroDashboard.Web.Features.Lists;

/// <summary>
/// A server-paged list of one workspace, or of a workspace and all its descendants: search,
/// filters, sort and page live in the URL; each user action costs one gateway call; an answer
/// that a newer one overtook is never shown; failures and left-out workspaces are spelled out.
/// </summary>
public partial class ListGrid<T> where T : class
{
    private static readonly GridData<WorkspaceItem<T>> Nothing = new() { Items = [], TotalItems = 0 };

    private readonly int[] _sizes = [.. ListState.Sizes];
    private readonly Dictionary<string, object> _tableAttributes = [];
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private readonly HashSet<string> _written = new(StringComparer.Ordinal);
    private ListLoader<T> _loader = null!;

    private MudDataGrid<WorkspaceItem<T>>? _grid;
    private ListState _state = ListState.Initial;
    private ListView _view = ListView.Empty;
    private ListView? _shownView;
    private int _page;
    private int _size = ListState.DefaultSize;
    private int _gridKey;
    private FetchedList<T>? _answer;
    private GridData<WorkspaceItem<T>> _shown = Nothing;
    private bool _refreshNext;
    private bool _loading;
    private bool _interactive;
    private bool _namesAsked;
    private ListFrame _frame = null!;
    private string _path = "";
    private string _url = "";
    private (string WorkspaceId, bool IncludeDescendants)? _target;

    [Inject] private ICoroGateway Gateway { get; set; } = null!;

    [Inject] private NavigationManager Navigation { get; set; } = null!;

    [Inject] private ILogger<ListGrid<T>> Logger { get; set; } = null!;

    [CascadingParameter] private Task<AuthenticationState>? AuthenticationState { get; set; }

    /// <summary>The hierarchy when the page around already has it, to name left-out workspaces.</summary>
    [CascadingParameter] private Gateway.Workspaces.WorkspaceTree? Tree { get; set; }

    /// <summary>The workspace whose list this is.</summary>
    [Parameter, EditorRequired] public string WorkspaceId { get; set; } = "";

    /// <summary>True to list the workspace and all its descendants, with a workspace column.</summary>
    [Parameter] public bool IncludeDescendants { get; set; }

    /// <summary>True when embedded: no links out of the list.</summary>
    [Parameter] public bool ReadOnly { get; set; }

    [Parameter, EditorRequired] public ListLoad<T> Load { get; set; } = null!;

    /// <summary>The item's columns (the workspace column is added on lists over many workspaces).</summary>
    [Parameter, EditorRequired] public RenderFragment Columns { get; set; } = null!;

    [Parameter] public IReadOnlyList<FilterChoice> Filters { get; set; } = [];

    /// <summary>The opened item's detail.</summary>
    [Parameter] public RenderFragment<ItemRef>? Detail { get; set; }

    /// <summary>What the rows are, in the plural ("devices").</summary>
    [Parameter] public string Noun { get; set; } = "items";

    [Parameter] public string SearchLabel { get; set; } = "Search";

    private ItemRef? DetailItem => _interactive ? _state.Item : null;

    private IEnumerable<string> FilterNames => Filters.Select(filter => filter.Name);

    protected override void OnInitialized()
    {
        _loader = new ListLoader<T>(Logger, Noun);
        _path = PathOf(Navigation.Uri);
        _url = Navigation.Uri;
        Navigation.LocationChanged += OnLocationChanged;
        _tableAttributes["aria-label"] = Noun;
    }

    protected override void OnParametersSet()
    {
        if (_target == (WorkspaceId, IncludeDescendants))
            return;
        var first = _target is null;
        _target = (WorkspaceId, IncludeDescendants);
        StartOver(ListUrl.Read(Navigation.Uri, FilterNames, WorkspaceId), first);
    }

    protected override void OnAfterRender(bool firstRender)
    {
        // The detail loads its item itself; waiting for the interactive render keeps a
        // prerender from asking the gateway for it a second time.
        if (!firstRender)
            return;
        _interactive = true;
        if (_state.Item is not null)
            StateHasChanged();
    }

    /// <summary>
    /// Shows the list from scratch at a state: a new grid, nothing of the previous answer. Used
    /// first, when the workspace changes, and when the URL is changed from outside (back button).
    /// </summary>
    private void StartOver(ListState state, bool first)
    {
        if (!first)
        {
            _loader.Forget();
            _gridKey++;
        }
        _state = state;
        _view = state.View;
        _shownView = null;
        _page = state.Page;
        _size = state.Size;
        _answer = null;
        _shown = Nothing;
        _names.Clear();
        _namesAsked = false;
        _frame = new ListFrame(Navigation, WorkspaceId, ReadOnly, state.View, () => _state, FilterNames);
    }

    private async Task<GridData<WorkspaceItem<T>>> LoadAsync(
        GridState<WorkspaceItem<T>> grid, CancellationToken cancellationToken)
    {
        var sort = grid.SortDefinitions.FirstOrDefault();
        var view = _view with { Sort = sort?.SortBy, Descending = sort?.Descending ?? false };

        // The first load opens the page the URL names (the grid's own pager starts at zero); a
        // new search, filter or sort starts on the first page, whatever page the pager was on.
        var page = _shownView is null ? _state.Page : view.Equals(_shownView) ? grid.Page : 0;
        var query = Query(view, page, grid.PageSize);

        _loading = true;
        var user = await UserAsync();
        var answer = await _loader.LoadAsync(Load, user, query);
        if (answer?.Value is { Items.Count: 0, TotalCount: > 0 } beyond && page > 0)
        {
            // A stale link can point past the end; show the last page rather than an empty one.
            page = (int)((beyond.TotalCount - 1) / grid.PageSize);
            answer = await _loader.LoadAsync(Load, user, query with { Page = page });
        }
        if (answer is null)
            return _shown;

        _loading = false;
        Show(view, page, grid.PageSize, answer);
        await NameLeftOutWorkspacesAsync(user);
        return _shown;
    }

    private ListQuery Query(ListView view, int page, int size)
    {
        var refresh = _refreshNext;
        _refreshNext = false;
        return new ListQuery(
            WorkspaceId,
            IncludeDescendants,
            page,
            size,
            view.Search,
            view.Sort,
            view.Descending,
            view.Filters.Count > 0 ? view.Filters : null,
            refresh);
    }

    private void Show(ListView view, int page, int size, Fetched<ListPage<WorkspaceItem<T>>> answer)
    {
        // The first answer after a start over only tidies the URL it was opened at (defaults left
        // out, a page past the end corrected): that replaces the entry. Every later answer follows
        // a person's action, which gets its own entry so Back and Forward step through them.
        var tidyOnly = _shownView is null;
        _view = view;
        _shownView = view;
        _answer = new FetchedList<T>(answer);
        var items = answer.Value?.Items ?? [];
        _shown = new GridData<WorkspaceItem<T>>
        {
            Items = items,
            TotalItems = (int)Math.Min(int.MaxValue, answer.Value?.TotalCount ?? 0),
        };
        foreach (var row in items)
            _names[row.WorkspaceId] = row.WorkspaceName;

        _state = _state with { View = view, Page = page, Size = size };
        var uri = ListUrl.Write(Navigation, _state, FilterNames, WorkspaceId);
        // Compared with the URL the list last wrote: the browser reports a new URL only after a
        // round trip, and a quick second action may lead back to the URL it still shows.
        if (uri != _url)
        {
            _url = uri;
            _written.Add(uri);
            Navigation.NavigateTo(uri, replace: tidyOnly);
        }

        // The pager follows a reset to the first page; the grid then asks for what it already has.
        _page = page;
        StateHasChanged();
    }

    private async Task NameLeftOutWorkspacesAsync(ClaimsPrincipal user)
    {
        var unnamed = _answer?.Parts.Any(part => part.Status != FetchStatus.Ok
            && NameOf(part.WorkspaceId) == part.WorkspaceId) == true;
        if (!unnamed || _namesAsked)
            return;
        _namesAsked = true;
        var tree = await Gateway.GetHierarchyAsync(user);
        foreach (var node in tree.Value?.Nodes.Values ?? [])
            _names.TryAdd(node.Id, node.Name);
        StateHasChanged();
    }

    private string NameOf(string workspaceId) =>
        _names.GetValueOrDefault(workspaceId) ?? Tree?.Find(workspaceId)?.Name ?? workspaceId;

    private async Task<ClaimsPrincipal> UserAsync() =>
        AuthenticationState is null ? new ClaimsPrincipal() : (await AuthenticationState).User;

    private Task OnSearchChanged(string? text) =>
        ChangeViewAsync(_view with { Search = string.IsNullOrWhiteSpace(text) ? null : text.Trim() });

    private Task OnFilterChanged(string name, string? value) =>
        ChangeViewAsync(_view.WithFilter(name, value));

    private Task ClearAsync() =>
        ChangeViewAsync(ListView.Empty with { Sort = _view.Sort, Descending = _view.Descending });

    private async Task ChangeViewAsync(ListView view)
    {
        if (view.Equals(_view))
            return;
        _view = view;
        if (_grid is not null)
            await _grid.ReloadServerData();
    }

    private async Task RefreshAsync()
    {
        _refreshNext = true;
        if (_grid is not null)
            await _grid.ReloadServerData();
    }

    private void OnLocationChanged(object? sender, LocationChangedEventArgs e)
    {
        if (PathOf(e.Location) != _path)
            return;
        _ = InvokeAsync(() => Follow(e.Location));
    }

    private void Follow(string location)
    {
        // The browser confirms the list's own URL changes later; by then the list may have moved
        // on, and following the confirmation would start the list over at an older state.
        if (_written.Remove(location))
            return;
        _url = location;
        var state = ListUrl.Read(location, FilterNames, WorkspaceId);
        if (state.SameRows(_state))
        {
            if (state.Item == _state.Item)
                return;
            _state = _state with { Item = state.Item };
        }
        else
        {
            StartOver(state, first: false);
        }
        StateHasChanged();
    }

    private static string PathOf(string uri) => new Uri(uri).AbsolutePath;

    public void Dispose()
    {
        Navigation.LocationChanged -= OnLocationChanged;
        _loader.Dispose();
    }
}
