using Bunit;
using CoroDashboard.Gateway;
using CoroDashboard.Web.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace CoroDashboard.Web.Tests.Features.Lists.Support;

/// <summary>
/// A bUnit context for the lists: MudBlazor's services and popover host, a signed-in person, and
/// a gateway of the test's choosing. Disposed asynchronously, as MudBlazor's services require.
/// </summary>
public abstract class ListContext : BunitContext, IAsyncLifetime
{
    // Waits end as soon as their condition holds; the long limit only matters on a busy machine.
    static ListContext() => DefaultWaitTimeout = TimeSpan.FromSeconds(30);

    protected ListContext()
    {
        Services.AddMudServices();
        Services.AddScoped<ViewerClock>();
        JSInterop.Mode = JSRuntimeMode.Loose;
        AddAuthorization().SetAuthorized("msp-admin");
    }

    private bool _popoversHosted;

    /// <summary>Renders a list component, with the popover host its drop-downs need.</summary>
    protected IRenderedComponent<TComponent> RenderList<TComponent>(
        Action<ComponentParameterCollectionBuilder<TComponent>>? parameters = null)
        where TComponent : IComponent
    {
        if (!_popoversHosted)
            Render<MudPopoverProvider>();
        _popoversHosted = true;
        return Render(parameters);
    }

    protected NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    protected void UseGateway(ICoroGateway gateway) => Services.AddSingleton(gateway);

    /// <summary>Opens the list at a URL, as a reload or a shared link would.</summary>
    protected void OpenAt(string relativeUri) => Navigation.NavigateTo(relativeUri);

    /// <summary>The query string of the current URL, as key=value pairs.</summary>
    protected IReadOnlyDictionary<string, string> UrlQuery()
    {
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri(Navigation.Uri).Query);
        return query.ToDictionary(pair => pair.Key, pair => pair.Value.ToString());
    }

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();
}
