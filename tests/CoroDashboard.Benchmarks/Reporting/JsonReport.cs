using System.Text.Json;

namespace CoroDashboard.Benchmarks.Reporting;

/// <summary>Writes the same figures as the table, as JSON, for tracking runs over time.</summary>
internal static class JsonReport
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    public static async Task WriteAsync(Report report, string path)
    {
        var document = new
        {
            settings = new
            {
                report.Options.LatencyMs,
                report.Options.Concurrency,
                report.Options.Callers,
                report.Options.TokenLifetimeSeconds,
                report.Options.NaiveSample,
                report.Options.ManyPreset,
            },
            durationSeconds = report.Duration.TotalSeconds,
            machine = $"{Environment.ProcessorCount} cores, {report.Machine}",
            rows = report.Rows.Select(row => new
            {
                row.Workload,
                row.Phase,
                gateway = Figures(row.Gateway),
                naive = row.Naive is null ? null : Figures(row.Naive),
                row.Note,
            }),
            targets = report.Targets,
            report.Notes,
        };
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
            Directory.CreateDirectory(directory);
        await using var file = File.Create(path);
        await JsonSerializer.SerializeAsync(file, document, Options);
    }

    private static object Figures(Rig.Cost cost) => new
    {
        calls = Math.Round(cost.Calls, 1),
        tokens = Math.Round(cost.Tokens, 1),
        wallMs = Math.Round(cost.Wall.TotalMilliseconds, 1),
        extrapolated = cost.Extrapolation,
    };
}
