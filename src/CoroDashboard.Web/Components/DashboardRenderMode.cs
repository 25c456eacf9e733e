using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace CoroDashboard.Web.Components;

/// <summary>The one render mode of the interactive pages: on the server, without prerendering.</summary>
public static class DashboardRenderMode
{
    public static IComponentRenderMode Interactive { get; } =
        new InteractiveServerRenderMode(prerender: false);
}
