using Microsoft.Extensions.FileProviders;

namespace CoroDashboard.Web.Hosting;

/// <summary>
/// Serves the repository's <c>wwwroot-assets</c> folder (copied next to the app at build) under
/// <c>/brand</c>, so a rebrand changes files there and nothing in the app.
/// </summary>
public static class BrandAssets
{
    public const string RequestPath = "/brand";

    public static void UseBrandAssets(this WebApplication app)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "wwwroot-assets");
        if (!Directory.Exists(folder))
            throw new InvalidOperationException($"The brand assets are missing: {folder} does not exist.");
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(folder),
            RequestPath = RequestPath,
        });
    }
}
