using System.Globalization;
using CoroDashboard.Benchmarks.Rig;

namespace CoroDashboard.Benchmarks.Reporting;

/// <summary>How figures are written in the table: short, invariant, and marked when extrapolated.</summary>
internal static class Figures
{
    public static string Calls(Cost cost) => Mark(cost) + Count(Math.Round(cost.Calls));

    public static string Tokens(Cost cost) => Mark(cost) + Count(Math.Round(cost.Tokens));

    public static string Wall(Cost cost) => Mark(cost) + Time(cost.Wall);

    public static string Time(TimeSpan time) => time.TotalSeconds >= 1
        ? time.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s"
        : time.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture) + " ms";

    /// <summary>How many times the naive figure is the gateway's; "-" when the gateway's is 0.</summary>
    public static string Ratio(double naive, double gateway) =>
        gateway <= 0 ? "-" : (naive / gateway).ToString(naive / gateway >= 10 ? "0" : "0.0",
            CultureInfo.InvariantCulture) + "x";

    public static string Count(double value) =>
        value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Mark(Cost cost) => cost.Extrapolation is null ? "" : "~";
}
