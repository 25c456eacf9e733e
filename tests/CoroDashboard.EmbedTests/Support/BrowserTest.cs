using Microsoft.Playwright;

namespace CoroDashboard.EmbedTests.Support;

/// <summary>A test class with a Chromium of its own, started before its tests and closed after.</summary>
public abstract class BrowserTest(bool blockThirdPartyCookies = false) : IAsyncLifetime
{
    private IPlaywright _playwright = null!;

    protected IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync() =>
        (_playwright, Browser) = await Chromium.LaunchAsync(blockThirdPartyCookies);

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }
}
