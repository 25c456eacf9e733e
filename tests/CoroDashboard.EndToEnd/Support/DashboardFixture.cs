using Microsoft.Playwright;

namespace CoroDashboard.EndToEnd.Support;

/// <summary>One dashboard and one browser shared by the browser tests of a collection.</summary>
public sealed class DashboardFixture : IAsyncLifetime
{
    public DashboardServer Server { get; } = new();
    public Chromium Chromium { get; } = new();

    public async Task InitializeAsync()
    {
        // Pages fill in over the circuit after the first paint; the machine running the tests
        // may be busy, so waits are generous. Nothing passes by waiting: they end at the condition.
        Assertions.SetDefaultExpectTimeout(30_000);
        Server.Start();
        await Chromium.InitializeAsync();
    }

    /// <summary>A new browser context signed in as a demo persona through the sign-in page.</summary>
    public async Task<IPage> SignInAsync(string personaName, string? returnUrl = null)
    {
        var context = await Chromium.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Server.BaseUrl.ToString(),
        });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        var target = returnUrl is null ? "signin" : $"signin?returnUrl={Uri.EscapeDataString(returnUrl)}";
        await page.GotoAsync(target);
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new(personaName) }).ClickAsync();
        await Assertions.Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/signin"));
        return page;
    }

    public async Task DisposeAsync()
    {
        await Chromium.DisposeAsync();
        await Server.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class DashboardCollection : ICollectionFixture<DashboardFixture>
{
    public const string Name = "dashboard";
}
