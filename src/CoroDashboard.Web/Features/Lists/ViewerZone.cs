using Microsoft.JSInterop;

namespace CoroDashboard.Web.Features.Lists;

/// <summary>Asks the browser for its IANA time zone (the server's own zone says nothing about the viewer).</summary>
public static class ViewerZone
{
    public static async Task<ViewerClock> DetectAsync(IJSRuntime js)
    {
        try
        {
            // Intl.DateTimeFormat() needs no script of ours: the browser's own API answers.
            var format = await js.InvokeAsync<IJSObjectReference?>("Intl.DateTimeFormat");
            if (format is null)
                return ViewerClock.Utc;
            await using (format)
            {
                var options = await format.InvokeAsync<ResolvedOptions?>("resolvedOptions");
                return ViewerClock.For(options?.TimeZone);
            }
        }
        catch (Exception e) when (e is JSException or JSDisconnectedException or TaskCanceledException
            or InvalidOperationException)
        {
            return ViewerClock.Utc;
        }
    }

    internal sealed record ResolvedOptions(string? TimeZone);
}
