namespace Syndication.Service.WebSub;

/// <summary>How notifications to one hub have gone, for /admin/status.</summary>
internal sealed record HubDelivery(string Hub, long Delivered, long Failed, int Pending, DateTimeOffset? LastSuccess, DateTimeOffset? LastFailure, string? LastError);
