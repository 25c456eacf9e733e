using Microsoft.AspNetCore.Components;

namespace CoroDashboard.Web.Tests.Features.Lists.Support;

/// <summary>
/// Navigation as Blazor Server sees it: a navigation asked for by the page only changes
/// <see cref="NavigationManager.Uri"/> once the browser reports it back, which
/// <see cref="Arrive"/> stands for. Until then the page still reads the previous URL.
/// </summary>
public sealed class RoundTripNavigationManager : NavigationManager
{
    private readonly Queue<string> _pending = new();

    public RoundTripNavigationManager() => Initialize("http://localhost/", "http://localhost/");

    /// <summary>True to hold navigations until <see cref="Arrive"/>; false applies them at once.</summary>
    public bool Held { get; set; }

    public int Pending => _pending.Count;

    /// <summary>The browser reports the navigations asked for so far.</summary>
    public void Arrive()
    {
        while (_pending.TryDequeue(out var uri))
        {
            Uri = uri;
            NotifyLocationChanged(isInterceptedLink: false);
        }
    }

    protected override void NavigateToCore(string uri, NavigationOptions options)
    {
        _pending.Enqueue(ToAbsoluteUri(uri).ToString());
        if (!Held)
            Arrive();
    }
}
