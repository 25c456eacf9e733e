namespace CoroDashboard.Simulator;

/// <summary>What the simulator serves and how it misbehaves.</summary>
public sealed class SimulatorOptions
{
    /// <summary>Which generated dataset to serve: "demo", "large" or "tiny".</summary>
    public string Preset { get; set; } = "demo";

    /// <summary>Seed of the dataset generator and of every random fault decision.</summary>
    public int Seed { get; set; } = 42;

    /// <summary>A dataset written earlier with <c>--write-dataset</c>, served instead of a generated one.</summary>
    public string? DatasetFile { get; set; }

    public FaultSettings Faults { get; set; } = new();

    /// <summary>The clock behind token expiry and the simulated "now".</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}
