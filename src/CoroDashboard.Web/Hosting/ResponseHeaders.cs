namespace CoroDashboard.Web.Hosting;

/// <summary>
/// Headers every response carries: browsers must not guess content types, and links followed
/// out of the dashboard must not carry its addresses (which hold workspace ids and filters).
/// Framing is decided separately, per route, by the framing policy.
/// </summary>
public static class ResponseHeaders
{
    public static void UseResponseHeaders(this WebApplication app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "same-origin";
                return Task.CompletedTask;
            });
            return next(context);
        });
}
