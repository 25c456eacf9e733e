using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoroDashboard.EndToEnd.Support;

/// <summary>What a user sees once a data page has settled.</summary>
public static class PageState
{
    /// <summary>
    /// Waits until the page shows its data (an "As of" time) or says what failed (a problem
    /// notice), and checks that the circuit has neither crashed nor lost its connection.
    /// </summary>
    public static async Task ExpectSettledAsync(IPage page)
    {
        var settled = page.GetByText("As of").Or(page.Locator("[data-fetch-status]"));
        await Expect(settled.First).ToBeVisibleAsync();
        await Expect(page.Locator("#blazor-error-ui")).ToBeHiddenAsync();
        await Expect(page.GetByText("unhandled error", new() { Exact = false })).ToHaveCountAsync(0);
    }
}
