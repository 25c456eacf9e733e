using Microsoft.Playwright;

namespace CoroDashboard.EndToEnd.Support;

/// <summary>
/// Screenshots of the main pages, kept as test output under TestResults/screenshots next to the
/// solution (or where COROD_SCREENSHOTS points), so a reviewer can look at what a user saw.
/// </summary>
public static class Screenshots
{
    public static string Folder { get; } = FindFolder();

    public static async Task TakeAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Folder);
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(Folder, name + ".png"),
            FullPage = true,
        });
    }

    private static string FindFolder()
    {
        if (Environment.GetEnvironmentVariable("COROD_SCREENSHOTS") is { Length: > 0 } configured)
            return configured;
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CoroDashboard.sln")))
            directory = directory.Parent;
        var root = directory?.FullName ?? AppContext.BaseDirectory;
        return Path.Combine(root, "TestResults", "screenshots");
    }
}
