using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using System.Net;

namespace CoroDashboard.EmbedTests.Support;

/// <summary>
/// A PSA's page in miniature: served from http://localhost on a port of its own, it frames
/// whatever address it is given, as a ConnectWise pod or an Autotask tab would.
/// </summary>
public sealed class HostPage : IAsyncDisposable
{
    private WebApplication? _app;

    public string Origin { get; private set; } = "";

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _app = builder.Build();
        _app.MapGet("/psa", (string src) => Results.Content(Html(src), "text/html"));
        await _app.StartAsync();
        var port = new Uri(_app.Services.GetRequiredService<IServer>().Features
            .GetRequiredFeature<IServerAddressesFeature>().Addresses.First()).Port;
        Origin = $"http://localhost:{port}";
    }

    /// <summary>The host page framing <paramref name="src"/>.</summary>
    public string Framing(string src) => $"{Origin}/psa?src={Uri.EscapeDataString(src)}";

    private static string Html(string src) =>
        "<!DOCTYPE html><html><head><title>PSA company</title></head><body>"
        + "<h1 id=\"psa\">Company record</h1>"
        + $"<iframe id=\"coro\" src=\"{WebUtility.HtmlEncode(src)}\" width=\"1200\" height=\"900\"></iframe>"
        + "</body></html>";

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
            await _app.DisposeAsync();
    }
}
