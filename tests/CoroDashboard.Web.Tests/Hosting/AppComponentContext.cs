using System.Security.Claims;
using Bunit;
using CoroDashboard.Data.Assignments;
using CoroDashboard.Data.Credentials;
using CoroDashboard.Gateway;
using CoroDashboard.Web.Features.Settings;
using CoroDashboard.Web.Identity;
using CoroDashboard.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace CoroDashboard.Web.Tests.Hosting;

/// <summary>
/// A bUnit context whose components use the real app's stores, scope resolver, authorization
/// service and gateway, with one person signed in on the "circuit". Disposed asynchronously, as
/// MudBlazor's services require.
/// </summary>
public sealed class AppComponentContext : BunitContext
{
    public AppComponentContext(DashboardFactory app, ClaimsPrincipal user)
    {
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;

        var appServices = app.Services;
        Services.AddSingleton(appServices.GetRequiredService<AssignmentStore>());
        Services.AddSingleton(appServices.GetRequiredService<CredentialStore>());
        Services.AddSingleton(appServices.GetRequiredService<AssignmentScopeResolver>());
        Services.AddSingleton(appServices.GetRequiredService<IAuthorizationService>());
        Services.AddSingleton(_ => new AppScope(appServices.CreateAsyncScope()));
        Services.AddSingleton(provider => provider.GetRequiredService<AppScope>().Gateway);
        Services.AddSingleton<AuthenticationStateProvider>(new SignedIn(user));
        Services.AddCascadingAuthenticationState();
        Services.AddDashboardShell();
        Services.AddDashboardSettings();
    }

    /// <summary>Where drop-down lists (of selects and autocompletes) render.</summary>
    public IRenderedComponent<MudPopoverProvider>? Popovers { get; private set; }

    /// <summary>Renders a page, with the popover host its drop-downs need.</summary>
    public IRenderedComponent<TComponent> RenderPage<TComponent>(
        Action<ComponentParameterCollectionBuilder<TComponent>>? parameters = null)
        where TComponent : IComponent
    {
        Popovers ??= Render<MudPopoverProvider>();
        return Render(parameters);
    }

    // The app's gateway is scoped; this scope lives as long as the context's services.
    private sealed class AppScope(AsyncServiceScope scope) : IAsyncDisposable
    {
        public ICoroGateway Gateway { get; } = scope.ServiceProvider.GetRequiredService<ICoroGateway>();

        public ValueTask DisposeAsync() => scope.DisposeAsync();
    }

    private sealed class SignedIn(ClaimsPrincipal user) : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync() =>
            Task.FromResult(new AuthenticationState(user));
    }
}
