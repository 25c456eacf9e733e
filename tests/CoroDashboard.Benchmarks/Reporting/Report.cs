using CoroDashboard.Benchmarks.Rig;

namespace CoroDashboard.Benchmarks.Reporting;

/// <summary>One measured step: the gateway's cost and, where measured, the naive path's.</summary>
internal sealed record Row(string Workload, string Phase, Cost Gateway, Cost? Naive, string Note = "");

/// <summary>One target of the brief and whether this run met it.</summary>
internal sealed record TargetCheck(string Target, string Measured, bool Pass);

/// <summary>Everything a run found, in the order it was found.</summary>
internal sealed class Report(BenchmarkOptions options)
{
    public BenchmarkOptions Options { get; } = options;

    public List<Row> Rows { get; } = [];

    public List<TargetCheck> Targets { get; } = [];

    /// <summary>Facts a reader needs to read the figures right (presets, sizes, extrapolations).</summary>
    public List<string> Notes { get; } = [];

    public TimeSpan Duration { get; set; }

    /// <summary>How busy the machine was, since other work on it slows every figure.</summary>
    public string Machine { get; set; } = "";

    public void Add(Row row) => Rows.Add(row);

    public void Check(string target, string measured, bool pass) =>
        Targets.Add(new TargetCheck(target, measured, pass));
}
