namespace CoroDashboard.Coro;

/// <summary>The Coro regions, each with its own API host.</summary>
public enum CoroRegion { Us, Ca, Eu }

public static class CoroRegions
{
    /// <summary>The API base URL of a region. CA and EU come from a secondary source.</summary>
    public static Uri BaseUrl(CoroRegion region) => region switch
    {
        CoroRegion.Us => new Uri("https://api.secure.coro.net"),
        CoroRegion.Ca => new Uri("https://api.secure-ca.coro.net"),
        CoroRegion.Eu => new Uri("https://api.secure-eu.coro.net"),
        _ => throw new ArgumentOutOfRangeException(nameof(region), region, "Unknown Coro region."),
    };

    /// <summary>The token audience Coro's authentication page names.</summary>
    public const string DefaultAudience = "https://secure.coro.net/api";
}
