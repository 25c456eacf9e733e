using System.Text;

namespace CoroDashboard.Gateway.Observability;

/// <summary>
/// Text that came from a caller (a workspace id typed into a URL, a display name), made safe for
/// a log line: control characters such as line breaks are escaped, so nobody can forge a line
/// of their own, and overly long text is cut.
/// </summary>
internal static class LogText
{
    private const int MaxLength = 120;

    public static string Of(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return "";
        var builder = new StringBuilder(Math.Min(text.Length, MaxLength) + 8);
        foreach (var character in text.Length > MaxLength ? text[..MaxLength] : text)
        {
            if (char.IsControl(character))
                builder.Append(@"\u").Append(((int)character).ToString("x4"));
            else
                builder.Append(character);
        }
        if (text.Length > MaxLength)
            builder.Append('…');
        return builder.ToString();
    }
}
