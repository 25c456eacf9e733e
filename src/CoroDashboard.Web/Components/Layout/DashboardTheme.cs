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
            // Filled chips and alerts put white text on these: each is dark enough for a
            // contrast of at least 4.5:1, which MudBlazor's brighter defaults are not.
            Success = "#2e7d32",
            Warning = "#a35200",
            Error = "#c62828",
            Info = "#0b6aa8",
            TextDisabled = "rgba(0,0,0,0.62)",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#7d9bff",
            AppbarBackground = "#16213f",
        },
    };
}
