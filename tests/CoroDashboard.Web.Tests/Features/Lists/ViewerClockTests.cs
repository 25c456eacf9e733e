using CoroDashboard.Web.Features.Lists;

namespace CoroDashboard.Web.Tests.Features.Lists;

public sealed class ViewerClockTests
{
    private static readonly DateTimeOffset Seen = DateTimeOffset.FromUnixTimeMilliseconds(1_642_063_192_000);

    [Fact]
    public void A_viewer_in_berlin_sees_the_instant_in_berlin_time()
    {
        Assert.Equal("2022-01-13 09:39:52", ViewerClock.For("Europe/Berlin").Format(Seen));
    }

    [Fact]
    public void Without_the_viewer_zone_the_time_is_labelled_utc()
    {
        Assert.Equal("2022-01-13 08:39:52 UTC", ViewerClock.Utc.Format(Seen));
        Assert.Equal("2022-01-13 08:39:52 UTC", ViewerClock.For("Not/AZone").Format(Seen));
    }

    [Fact]
    public void Missing_and_epoch_zero_both_read_never()
    {
        Assert.Equal("never", ViewerClock.For("Europe/Berlin").Format(null));
        Assert.Equal("never", ViewerClock.For("Europe/Berlin").Format(DateTimeOffset.UnixEpoch));
    }

    [Fact]
    public void Milliseconds_are_kept_exactly_and_never_rounded_up_for_display()
    {
        var late = DateTimeOffset.FromUnixTimeMilliseconds(1_642_063_192_999);

        Assert.Equal("2022-01-13T08:39:52.999Z", ViewerClock.Exact(late));
        Assert.Equal("2022-01-13 09:39:52", ViewerClock.For("Europe/Berlin").Format(late));
    }
}
