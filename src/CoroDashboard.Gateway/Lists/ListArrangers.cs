using CoroDashboard.Coro.Wire;

namespace CoroDashboard.Gateway.Lists;

/// <summary>
/// One <see cref="ListArranger{T}"/> per list, shared by every caller (it holds no caller data).
/// </summary>
internal sealed class ListArrangers
{
    public ListArranger<Device> Devices { get; } = new(DeviceList.Source);

    public ListArranger<ProtectedUser> Users { get; } = new(UserList.Source);

    public ListArranger<Ticket> Tickets { get; } = new(TicketList.Source);
}
