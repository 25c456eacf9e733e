using CoroDashboard.Benchmarks.Rig;

namespace CoroDashboard.Benchmarks.Reporting;

/// <summary>Prints a report as plain-text tables: figures, targets, then notes.</summary>
internal static class TableWriter
{
    private static readonly string[] Header =
    [
        "Workload", "Phase", "Calls", "Tokens", "Wall",
        "Naive calls", "Naive wall", "Calls x", "Time x", "Note",
    ];

    public static void Write(Report report, TextWriter output)
    {
        var options = report.Options;
        output.WriteLine(
            $"CoroDashboard gateway benchmark: latency {options.LatencyMs} ms a call, "
            + $"concurrency {options.Concurrency}, run took {Figures.Time(report.Duration)}");
        output.WriteLine($"Machine: {Environment.ProcessorCount} cores, {report.Machine}");
        output.WriteLine();
        WriteTable(output, Header, report.Rows.Select(Cells).ToList());
        output.WriteLine();
        WriteTable(output, ["Target", "Measured", "Result"],
            report.Targets.Select(t => new[] { t.Target, t.Measured, t.Pass ? "PASS" : "MISS" }).ToList());
        output.WriteLine();
        output.WriteLine("Calls: every request the simulator served (token requests included). "
            + "x: naive / gateway. ~: extrapolated.");
        foreach (var note in report.Notes)
            output.WriteLine("- " + note);
    }

    private static string[] Cells(Row row)
    {
        var naive = row.Naive;
        return
        [
            row.Workload, row.Phase, Figures.Calls(row.Gateway), Figures.Tokens(row.Gateway),
            Figures.Wall(row.Gateway),
            naive is null ? "" : Figures.Calls(naive),
            naive is null ? "" : Figures.Wall(naive),
            naive is null ? "" : Figures.Ratio(naive.Calls, row.Gateway.Calls),
            naive is null ? "" : Figures.Ratio(naive.Wall.TotalSeconds, row.Gateway.Wall.TotalSeconds),
            row.Note,
        ];
    }

    private static void WriteTable(TextWriter output, string[] header, IReadOnlyList<string[]> rows)
    {
        var widths = header
            .Select((title, i) => rows.Select(row => row[i].Length).Prepend(title.Length).Max())
            .ToArray();
        output.WriteLine(Line(header, widths));
        output.WriteLine(string.Join("-+-", widths.Select(width => new string('-', width))));
        foreach (var row in rows)
            output.WriteLine(Line(row, widths));
    }

    // Text columns (the first two and the last) are left-aligned, figures right-aligned.
    private static string Line(string[] cells, int[] widths) =>
        string.Join(" | ", cells.Select((cell, i) =>
            i < 2 || i == cells.Length - 1 ? cell.PadRight(widths[i]) : cell.PadLeft(widths[i])))
            .TrimEnd();
}
