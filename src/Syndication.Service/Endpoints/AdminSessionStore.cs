using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Syndication.Service.Endpoints;

/// <summary>
/// Dashboard sessions, kept in memory: the cookie carries only a random key, so signing out (or a restart) ends the
/// session for real, even for a copy of the cookie. Only the token's holder can add one; expired ones are dropped as new ones come.
/// </summary>
internal sealed class AdminSessionStore(TimeProvider time) : ITicketStore
{
    private readonly ConcurrentDictionary<string, AuthenticationTicket> _sessions = new(StringComparer.Ordinal);

    public Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        foreach (var (key, old) in _sessions)
        {
            if (!Live(old))
            {
                _sessions.TryRemove(key, out _);
            }
        }

        var id = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        _sessions[id] = ticket;
        return Task.FromResult(id);
    }

    public Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        // A session signed out meanwhile stays signed out.
        if (_sessions.TryGetValue(key, out var old))
        {
            _sessions.TryUpdate(key, ticket, old);
        }

        return Task.CompletedTask;
    }

    public Task<AuthenticationTicket?> RetrieveAsync(string key) =>
        Task.FromResult(_sessions.TryGetValue(key, out var ticket) && Live(ticket) ? ticket : null);

    public Task RemoveAsync(string key)
    {
        _sessions.TryRemove(key, out _);
        return Task.CompletedTask;
    }

    private bool Live(AuthenticationTicket ticket) => ticket.Properties.ExpiresUtc is not { } expires || expires > time.GetUtcNow();
}
