namespace CoroDashboard.Web.Hosting;

/// <summary>Where the dashboard listens when nothing says otherwise.</summary>
public static class LoopbackUrl
{
    /// <summary>The README's address: loopback only, plain HTTP (no certificate needed).</summary>
    public const string Default = "http://127.0.0.1:5080";

    /// <summary>
    /// Listens on <see cref="Default"/> unless <c>--urls</c>, <c>ASPNETCORE_URLS</c>,
    /// <c>ASPNETCORE_HTTP_PORTS</c> or a Kestrel endpoint is configured.
    /// </summary>
    public static void UseLoopbackUrlUnlessConfigured(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var configured = !string.IsNullOrWhiteSpace(configuration["urls"])
            || !string.IsNullOrWhiteSpace(configuration["http_ports"])
            || !string.IsNullOrWhiteSpace(configuration["https_ports"])
            || configuration.GetSection("Kestrel:Endpoints").Exists();
        if (!configured)
            builder.WebHost.UseUrls(Default);
    }
}
