using System.Text;

namespace CoroDashboard.Web.Tests.Access;

/// <summary>
/// A roles-by-rows table of outcomes, printed as aligned text so that an expected table in a test
/// reads like the access matrix it is, and a failure shows every differing cell at once.
/// </summary>
public sealed class AccessTable(IReadOnlyList<string> columns)
{
    private readonly List<(string Row, string[] Cells)> _rows = [];

    public void Add(string row, params string[] cells) => _rows.Add((row, cells));

    public override string ToString()
    {
        var first = Math.Max(4, _rows.Count == 0 ? 0 : _rows.Max(r => r.Row.Length)) + 2;
        var widths = columns.Select((c, i) =>
            Math.Max(c.Length, _rows.Count == 0 ? 0 : _rows.Max(r => r.Cells[i].Length)) + 2).ToArray();
        var text = new StringBuilder();
        text.Append("".PadRight(first));
        for (var i = 0; i < columns.Count; i++)
            text.Append(columns[i].PadRight(widths[i]));
        text.AppendLine();
        foreach (var (row, cells) in _rows)
        {
            text.Append(row.PadRight(first));
            for (var i = 0; i < cells.Length; i++)
                text.Append(cells[i].PadRight(widths[i]));
            text.AppendLine();
        }
        return text.ToString().Replace(" \n", "\n").TrimEnd() + "\n";
    }

    /// <summary>Reads an expected table written in the same shape (whitespace-separated cells).</summary>
    public static string Normalize(string table) =>
        string.Join("\n", table.Split('\n')
            .Select(line => string.Join(' ', line.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .Where(line => line.Length > 0)) + "\n";
}
