using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Syndication.Service.Options;
using Syndication.Service.Publishing;

namespace Syndication.Service.Endpoints;

/// <summary>The admin bearer token: the configured one, or a random one made at start so local use needs no set-up.</summary>
internal sealed partial class AdminToken
{
    // 128 bits as base64; the failure limit cannot stop guessing (a 200 differs from a 429), the token's length does.
    private const int RecommendedLength = 22;

    private readonly byte[] _expectedHash;

    public AdminToken(IOptions<SyndicationOptions> options, ILogger<AdminToken> logger)
    {
        var token = options.Value.AdminToken;
        if (string.IsNullOrWhiteSpace(token))
        {
            token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');
            // The one place a token is logged: the operator needs it, and nobody configured one.
            logger.GeneratedAdminToken(token);
        }
        else if (token.Length < RecommendedLength)
        {
            ShortToken(logger, token.Length, RecommendedLength);
        }

        _expectedHash = SHA256.HashData(Encoding.UTF8.GetBytes(token));
    }

    /// <summary>Compares in constant time: hashing first makes the lengths equal, so timing reveals nothing.</summary>
    public bool Matches(string? presented) =>
        presented is not null && CryptographicOperations.FixedTimeEquals(_expectedHash, SHA256.HashData(Encoding.UTF8.GetBytes(presented)));

    /// <summary>The token in the request's <c>Authorization: Bearer</c> header, or null.</summary>
    public static string? Presented(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        return header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) ? header[scheme.Length..].Trim() : null;
    }

    [LoggerMessage(EventId = 105, Level = LogLevel.Warning,
        Message = "Syndication:AdminToken has only {Length} characters; use at least {Recommended} random ones (e.g. openssl rand -base64 24), as length is what stops guessing")]
    private static partial void ShortToken(ILogger logger, int length, int recommended);
}
