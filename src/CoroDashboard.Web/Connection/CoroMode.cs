namespace CoroDashboard.Web.Connection;

/// <summary>Where the dashboard's Coro data comes from (configuration <c>Coro:Mode</c>).</summary>
public enum CoroMode
{
    /// <summary>The Coro simulator, hosted in this process on a loopback port (the default).</summary>
    Simulator,

    /// <summary>A Coro region (or any Coro-compatible URL) with the credentials configured.</summary>
    Live,
}

/// <summary>The embedded simulator's settings (section <c>Coro:Simulator</c>).</summary>
public sealed class EmbeddedSimulatorOptions
{
    public const string Section = "Coro:Simulator";

    /// <summary>Which generated dataset to serve: <c>demo</c>, <c>large</c> or <c>tiny</c>.</summary>
    public string Preset { get; set; } = "demo";

    public int Seed { get; set; } = 42;

    /// <summary>A dataset file written by the simulator, served instead of a generated one.</summary>
    public string? DatasetFile { get; set; }

    /// <summary>Where it listens; a free loopback port unless set.</summary>
    public string Url { get; set; } = "http://127.0.0.1:0";
}
