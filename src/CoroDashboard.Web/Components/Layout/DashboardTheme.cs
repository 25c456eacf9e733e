using MudBlazor;

namespace CoroDashboard.Web.Components.Layout;

/// <summary>The brand's colours in MudBlazor's light and dark palettes.</summary>
public static class DashboardTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f4fd1",
            AppbarBackground = "#1f4fd1",
            Background = "#f6f8fc",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#7d9bff",
            AppbarBackground = "#16213f",
        },
    };
}
