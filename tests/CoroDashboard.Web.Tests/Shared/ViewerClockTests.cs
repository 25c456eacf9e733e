using CoroDashboard.Web.Shared;

namespace CoroDashboard.Web.Tests.Shared;

public class ViewerClockTests
{
    private static readonly DateTimeOffset LastSeen = DateTimeOffset.FromUnixTimeMilliseconds(1642063192000);

    [Fact]
    public void An_instant_shows_in_the_zone_the_browser_reported()
    {
        var clock = new ViewerClock();
        clock.Use("Europe/Berlin");

        Assert.Equal("2022-01-13 09:39:52", clock.Format(LastSeen, "yyyy-MM-dd HH:mm:ss"));
        Assert.Equal("Europe/Berlin", clock.ZoneLabel);
    }

    [Fact]
    public void Before_the_browser_answers_times_are_utc_and_labelled_so()
    {
        var clock = new ViewerClock();

        Assert.Equal("08:39:52", clock.Format(LastSeen, "HH:mm:ss"));
        Assert.Equal("UTC", clock.ZoneLabel);
    }

    [Fact]
    public void An_unknown_zone_keeps_utc()
    {
        var clock = new ViewerClock();
        clock.Use("Mars/Olympus_Mons");

        Assert.True(clock.IsKnown);
        Assert.Equal("UTC", clock.ZoneLabel);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0L)]
    [InlineData(-1L)]
    public void No_time_and_the_epoch_read_never(long? epochMilliseconds)
    {
        var clock = new ViewerClock();
        clock.Use("Europe/Berlin");
        DateTimeOffset? instant =
            epochMilliseconds is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;

        Assert.Equal(ViewerClock.Never, clock.Format(instant));
    }
}
