using Microsoft.Playwright;

namespace CoroDashboard.EmbedTests.Support;

/// <summary>The machine's Chromium, started headless without reaching for any network.</summary>
public static class Chromium
{
    private static readonly string[] Arguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    public static async Task<(IPlaywright, IBrowser)> LaunchAsync(bool blockThirdPartyCookies = false)
    {
        var playwright = await Playwright.CreateAsync();
        string[] arguments = blockThirdPartyCookies
            ? [.. Arguments, "--test-third-party-cookie-phaseout"]
            : Arguments;
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = arguments,
        });
        return (playwright, browser);
    }
}
